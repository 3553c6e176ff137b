package org.taperwise.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bounds the loops of checked rule code: before every backward jump (the end of each {@code while}, {@code for} or
 * {@code do} iteration) it inserts a call to {@link EvaluationBudget#loopIteration()}, through a field of a small
 * class it generates in the ruleset's own class loader ({@value #GUARD}, not visible to rule files, which may
 * not name it). The budget ends an evaluation that loops more than its limit or runs past its deadline with an
 * {@link org.taperwise.EvaluationException} naming the rule, the way Painless bounds a script's loops
 * (its {@code max_loop_counter}, 1,000,000 iterations).
 */
final class LoopBounds {
    /** The binary name of the class holding the call every loop makes. */
    static final String GUARD = "org.taperwise.checked.LoopGuard";
    private static final String GUARD_INTERNAL = GUARD.replace('.', '/');

    private LoopBounds() {
    }

    /** The classes with every loop bounded, and the guard class added. */
    static Map<String, byte[]> bound(Map<String, byte[]> checked) {
        Map<String, byte[]> out = new HashMap<>();
        checked.forEach((name, bytes) -> out.put(name, instrument(bytes)));
        out.put(GUARD, guardClass());
        return out;
    }

    private static byte[] instrument(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new Bounded(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    /** {@code public final class LoopGuard { public static Runnable TICK; }} */
    private static byte[] guardClass() {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, GUARD_INTERNAL, null,
                "java/lang/Object", null);
        w.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_VOLATILE, "TICK", "Ljava/lang/Runnable;",
                null, null).visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    /** Installs the budget's loop check in a ruleset's guard class (once, before any rule runs). */
    static void install(ClassLoader loader) {
        try {
            loader.loadClass(GUARD).getField("TICK").set(null, (Runnable) EvaluationBudget::loopIteration);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the loop guard of the checked rules cannot be set up: " + e, e);
        }
    }

    private static final class Bounded extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();

        Bounded(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        private void tick() {
            super.visitFieldInsn(Opcodes.GETSTATIC, GUARD_INTERNAL, "TICK", "Ljava/lang/Runnable;");
            super.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                tick();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            if (backward(dflt, labels)) {
                tick();
            }
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            if (backward(dflt, labels)) {
                tick();
            }
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private boolean backward(Label dflt, Label[] labels) {
            boolean back = seen.contains(dflt);
            for (Label l : labels) {
                back |= seen.contains(l);
            }
            return back;
        }
    }
}
