package org.taperwise.engine;

import java.util.Map;

/**
 * Defines the generated classes of one ruleset, and only after {@link RuleCodeCheck} passed every one of them: it is
 * created from a checked set and defines nothing else. Any other name goes to the parent (where the fact model and
 * Drools are). One loader per loaded ruleset, dropped with it.
 */
final class CheckedClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> checked;

    /** @param checked bytecode by binary name, every class of which passed {@link RuleCodeCheck} */
    CheckedClassLoader(Map<String, byte[]> checked, ClassLoader parent) {
        super("taperwise-checked-rules", parent);
        this.checked = Map.copyOf(checked);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = checked.get(name);
                c = bytes != null ? defineClass(name, bytes, 0, bytes.length) : getParent().loadClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = checked.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
