package org.taperwise.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.taperwise.RuleInfo;

/**
 * Which rule (or declared type) each generated class and method comes from, read from the generated code itself:
 * the executable model builds each rule in a method that calls {@code D.rule(package, name)} and names the classes
 * of that rule's constraints and consequence ({@code LambdaConsequence...INSTANCE}), or its lambdas as methods of
 * the same class; a declared type's class has the type's name.
 */
final class RuleCodeOrigins {
    /** Where a refusal is reported: the rule file, and the rule when known. */
    record Origin(String file, int line, String rule) {
    }

    private static final String RULE_FACTORY = "org/drools/modelcompiler/dsl/pattern/D";
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:enum\\s+)?([A-Za-z_$][\\w$]*)");

    private final Map<String, Set<String>> rulesOfClass = new HashMap<>();
    private final Map<String, String> ruleOfMethod = new HashMap<>();
    private final Map<String, RuleInfo> rulesByName = new HashMap<>();
    private final Map<String, String> fileOfDeclaredType = new HashMap<>();

    RuleCodeOrigins(Map<String, byte[]> classes, Iterable<RuleInfo> rules, Map<String, String> drlByPath) {
        for (RuleInfo r : rules) {
            rulesByName.putIfAbsent(r.name(), r);
        }
        drlByPath.forEach((file, text) -> {
            Matcher m = DECLARE.matcher(DrlGuard.codeOnly(text));
            while (m.find()) {
                fileOfDeclaredType.putIfAbsent(m.group(1), file);
            }
        });
        for (byte[] bytes : classes.values()) {
            ClassReader reader = new ClassReader(bytes);
            String owner = reader.getClassName();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new RuleMethod(owner, name);
                }
            }, ClassReader.SKIP_DEBUG);
        }
    }

    /** The origin of code in this generated class (internal name) and method. */
    Origin of(String className, String method) {
        String rule = ruleOfMethod.get(className + "." + method);
        Set<String> rules = rulesOfClass.get(className);
        if (rule == null && rules != null && !rules.isEmpty()) {
            rule = rules.iterator().next();
        }
        RuleInfo info = rule == null ? null : rulesByName.get(rule);
        if (info != null) {
            return new Origin(info.file(), info.line(), "rule " + info.id() + " \"" + info.name() + "\"");
        }
        String simple = className.substring(className.lastIndexOf('/') + 1);
        String file = fileOfDeclaredType.get(simple);
        if (file != null) {
            return new Origin(file, 0, "declare " + simple);
        }
        return new Origin("rules", 0, rule == null ? "generated class " + className.replace('/', '.')
                : "rule \"" + rule + "\"");
    }

    /** Reads one method: the rule it builds, and the generated classes and lambdas it names. */
    private final class RuleMethod extends MethodVisitor {
        private final String owner;
        private final String method;
        private String lastString;
        private String rule;
        private final Set<String> named = new LinkedHashSet<>();
        private final Set<String> lambdas = new LinkedHashSet<>();

        RuleMethod(String owner, String method) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.method = method;
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastString = value instanceof String s ? s : lastString;
        }

        @Override
        public void visitMethodInsn(int opcode, String o, String name, String descriptor, boolean isInterface) {
            if (o.equals(RULE_FACTORY) && name.equals("rule") && rule == null) {
                rule = lastString;
            }
            named.add(o);
        }

        @Override
        public void visitFieldInsn(int opcode, String o, String name, String descriptor) {
            named.add(o);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            named.add(type);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            for (Object a : args) {
                if (a instanceof Handle h) {
                    if (h.getOwner().equals(owner)) {
                        lambdas.add(h.getName());
                    }
                    named.add(h.getOwner());
                }
            }
        }

        @Override
        public void visitEnd() {
            if (rule == null) {
                return;
            }
            ruleOfMethod.put(owner + "." + method, rule);
            lambdas.forEach(l -> ruleOfMethod.putIfAbsent(owner + "." + l, rule));
            named.stream().filter(n -> !n.equals(owner)).forEach(n -> rulesOfClass.computeIfAbsent(n,
                    k -> new LinkedHashSet<>()).add(rule));
        }
    }
}
