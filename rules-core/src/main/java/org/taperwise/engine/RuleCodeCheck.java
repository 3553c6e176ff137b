package org.taperwise.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the bytecode of every class generated from a ruleset's rule files <b>before any of it is loaded</b>, with
 * ASM: every type named, method called, field read and method referenced (method references and lambdas included,
 * through their {@code invokedynamic} handles) must be the ruleset's own generated code or on
 * {@link RuleCodeAllowList}; and the code must be bounded:
 * <ul>
 * <li>the only loop is a for-each over a collection (the built-in rules iterate over lists in consequences);
 * {@code while}, {@code do} and counting {@code for} loops are refused, and {@link LoopBounds} still makes every
 * iteration count against the evaluation's budget (an {@code Iterator} rule code wrote itself could be
 * endless);</li>
 * <li>arrays only of a constant size up to {@value #MAX_ARRAY}, no multi-dimensional array;</li>
 * <li>no {@code try}/{@code catch} (so rule code cannot swallow the engine's limits), no {@code synchronized};</li>
 * <li>no write to a field outside the generated classes, and no static field written outside a static
 * initialiser (no state shared between evaluations);</li>
 * <li>the generated classes extend only {@code Object}, {@code Enum}, the fact model or each other.</li>
 * </ul>
 * A refusal names the generated class, the method and the call as {@code owner.name descriptor};
 * {@link RuleCodeOrigins} turns the class into the rule file and rule.
 */
final class RuleCodeCheck {
    /** The largest array rule code may create (generated code creates small constant arrays for varargs). */
    static final int MAX_ARRAY = 1024;

    /** One thing refused: where, what, why. */
    record Refusal(String className, String method, String call, String why) {
    }

    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat");

    /** Internal names of the generated classes. */
    private final Set<String> generated = new HashSet<>();
    /** Per generated class: its superclass and the members it declares ("name" and "name descriptor"). */
    private final Map<String, String> superOf = new HashMap<>();
    private final Map<String, Set<String>> declared = new HashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();

    private RuleCodeCheck() {
    }

    /** Every refusal in these classes (bytecode by binary name); empty when all pass. */
    static List<Refusal> check(Map<String, byte[]> classes) {
        RuleCodeCheck check = new RuleCodeCheck();
        classes.keySet().forEach(n -> check.generated.add(n.replace('.', '/')));
        for (byte[] bytes : classes.values()) {
            check.declare(new ClassReader(bytes));
        }
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            new ClassReader(e.getValue()).accept(check.new Checker(), ClassReader.SKIP_DEBUG);
        }
        return List.copyOf(check.refusals);
    }

    private void declare(ClassReader reader) {
        Set<String> members = new HashSet<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                members.add(name);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                members.add(name + descriptor);
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG);
        superOf.put(reader.getClassName(), reader.getSuperName());
        declared.put(reader.getClassName(), members);
    }

    /**
     * The class where a member used through {@code owner} is declared: the generated class itself or one of its
     * generated superclasses, else the first class outside them (Object, Enum, the fact model), whose member the
     * allow-list then decides. So {@code new MyDeclaredType().getClass()} is {@code Object.getClass}.
     */
    private String declaringOwner(String owner, String name, String descriptor) {
        String c = owner;
        int guard = 0;
        while (c != null && generated.contains(c) && guard++ < 64) {
            Set<String> members = declared.getOrDefault(c, Set.of());
            if (members.contains(name + descriptor) || members.contains(name)) {
                return c;
            }
            c = superOf.get(c);
        }
        return c == null ? "java/lang/Object" : c;
    }

    private void refuseUse(String className, String method, String owner, String name, String descriptor) {
        String where = declaringOwner(owner, name, descriptor);
        if (generated.contains(where)) {
            return; // the ruleset's own code, checked on its own
        }
        String why = RuleCodeAllowList.refusal(where, name, descriptor);
        if (why != null) {
            refusals.add(new Refusal(className, method, call(owner, name, descriptor), why));
        }
    }

    private void refuseType(String className, String method, String type, String what) {
        String element = type.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
        if (!generated.contains(element) && !RuleCodeAllowList.typeAllowed(type)) {
            refusals.add(new Refusal(className, method, what + " " + type.replace('/', '.'),
                    RuleCodeAllowList.refusal(element, "<type>", "") == null ? "is not on the allow-list"
                            : RuleCodeAllowList.refusal(element, "<type>", "")));
        }
    }

    static String call(String owner, String name, String descriptor) {
        return owner.replace('/', '.') + "." + name + " " + descriptor;
    }

    private final class Checker extends ClassVisitor {
        private String className;

        Checker() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            if (superName != null && !generated.contains(superName) && !superName.equals("java/lang/Object")
                    && !superName.equals("java/lang/Enum") && !RuleCodeAllowList.typeAllowed(superName)) {
                refusals.add(new Refusal(name, "", "extends " + superName.replace('/', '.'),
                        "a declared type may extend only another declared type or the fact model"));
            }
            for (String i : interfaces == null ? new String[0] : interfaces) {
                if (!generated.contains(i) && !i.equals("java/io/Serializable") && !RuleCodeAllowList.typeAllowed(i)) {
                    refusals.add(new Refusal(name, "", "implements " + i.replace('/', '.'),
                            "is not on the allow-list"));
                }
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodChecker(className, name, descriptor,
                    name.equals("values") && "java/lang/Enum".equals(superOf.get(className)));
        }
    }

    private final class MethodChecker extends MethodVisitor {
        private final String className;
        private final String method;
        /** The constant the previous instruction pushed, when it pushed an int; else null. */
        private Integer lastInt;
        /** Whether the previous instruction was Iterator.hasNext(). */
        private boolean afterHasNext;
        private final Set<Label> seen = new HashSet<>();
        /** An enum's values(), which copies its constants into an array of their number (ECJ's code for it). */
        private final boolean enumValues;

        MethodChecker(String className, String method, String descriptor, boolean enumValues) {
            super(Opcodes.ASM9);
            this.className = className;
            this.method = method;
            this.enumValues = enumValues;
        }

        private void refuse(String call, String why) {
            refusals.add(new Refusal(className, method, call, why));
        }

        @Override
        public void visitInsn(int opcode) {
            afterHasNext = false;
            if (opcode == Opcodes.MONITORENTER) {
                refuse("synchronized", "locks a shared object: rule code may not block");
            }
            lastInt = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? opcode - Opcodes.ICONST_0 : null;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            afterHasNext = false;
            if (opcode == Opcodes.NEWARRAY) {
                checkArraySize("new array");
                lastInt = null;
                return;
            }
            lastInt = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? operand : null;
        }

        @Override
        public void visitLdcInsn(Object value) {
            afterHasNext = false;
            lastInt = value instanceof Integer i ? i : null;
            if (value instanceof Type t && t.getSort() == Type.OBJECT || value instanceof Type a && a.getSort() == Type.ARRAY) {
                refuseType(className, method, ((Type) value).getInternalName(), "class constant");
            } else if (value instanceof Handle || value instanceof ConstantDynamic
                    || value instanceof Type m && m.getSort() == Type.METHOD) {
                refuse("constant " + value, "method handles reach reflection");
            }
        }

        private void checkArraySize(String what) {
            if (enumValues) {
                return;
            }
            if (lastInt == null || lastInt < 0 || lastInt > MAX_ARRAY) {
                refuse(what + (lastInt == null ? " of a computed size" : " of " + lastInt),
                        "an array's size must be a constant up to " + MAX_ARRAY + ": it could take all memory");
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            afterHasNext = false;
            String what = switch (opcode) {
                case Opcodes.NEW -> "new";
                case Opcodes.ANEWARRAY -> "new array of";
                case Opcodes.CHECKCAST -> "cast to";
                default -> "instanceof";
            };
            if (opcode == Opcodes.ANEWARRAY) {
                checkArraySize("new array");
            }
            refuseType(className, method, type, what);
            lastInt = null;
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            refuse("new array " + descriptor, "multi-dimensional arrays could take all memory");
            lastInt = null;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            afterHasNext = false;
            lastInt = null;
            boolean write = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC;
            String where = declaringOwner(owner, name, "");
            if (write && !generated.contains(where)) {
                refuse("write " + call(owner, name, descriptor), "rule code may change only its own declared facts");
            } else if (opcode == Opcodes.PUTSTATIC && !method.equals("<clinit>")) {
                refuse("write " + call(owner, name, descriptor), "a static field would share state between "
                        + "evaluations");
            } else if (!write) {
                refuseUse(className, method, owner, name, descriptor);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            lastInt = null;
            afterHasNext = owner.equals("java/util/Iterator") && name.equals("hasNext");
            if (owner.startsWith("[")) {
                if (!name.equals("clone")) {
                    refuse(call(owner, name, descriptor), "is not one of the calls rule code may make");
                }
                return;
            }
            refuseUse(className, method, owner, name, descriptor);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
            afterHasNext = false;
            lastInt = null;
            if (!BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                refuse("invokedynamic " + call(bootstrap.getOwner(), bootstrap.getName(), bootstrap.getDesc()),
                        "only lambdas and string concatenation may be linked dynamically");
                return;
            }
            for (Object arg : args) {
                if (arg instanceof Handle h) {
                    refuseUse(className, method, h.getOwner(), h.getName(), h.getDesc());
                } else if (arg instanceof ConstantDynamic c) {
                    refuse("constant " + c, "method handles reach reflection");
                }
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            lastInt = null;
            // a loop is allowed only as a for-each over a collection (ECJ and javac end its iteration with
            // "iterator.hasNext(); ifne body"), and even then LoopBounds counts every iteration
            if (seen.contains(label) && !(opcode == Opcodes.IFNE && afterHasNext)) {
                refuse("a loop", "rule code may loop only with for (X x : collection): a while, do or counting "
                        + "for loop could run forever");
            }
            afterHasNext = false;
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            switchTo(dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            switchTo(dflt, labels);
        }

        private void switchTo(Label dflt, Label[] labels) {
            lastInt = null;
            afterHasNext = false;
            boolean back = seen.contains(dflt);
            for (Label l : labels) {
                back |= seen.contains(l);
            }
            if (back) {
                refuse("a loop", "rule code may loop only with for (X x : collection)");
            }
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            refuse("try/catch" + (type == null ? "" : " " + type.replace('/', '.')),
                    "rule code may not catch exceptions: the engine's limits must reach the engine");
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            afterHasNext = false;
            lastInt = null;
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            afterHasNext = false;
            lastInt = null;
        }
    }
}
