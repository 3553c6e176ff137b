package org.taperwise.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's class loader with the rule files' own packages taken out, for compiling and loading a folder's rules:
 * the classes a folder's rules generate (declared types above all) must be those generated from its files and
 * checked, never classes of the same name that happen to be on the host's class path (the built-in ruleset's
 * precompiled classes are in package {@code taperwise.rules}, the package its exported copies declare).
 */
final class RulePackagesHidden extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private final Set<String> packages;

    private RulePackagesHidden(ClassLoader parent, Set<String> packages) {
        super("taperwise-rule-packages-hidden", parent);
        this.packages = Set.copyOf(packages);
    }

    /** The host's loader without the packages these rule files declare. */
    static RulePackagesHidden of(ClassLoader parent, Iterable<String> drlTexts) {
        Set<String> packages = new java.util.HashSet<>();
        for (String text : drlTexts) {
            Matcher m = PACKAGE.matcher(DrlGuard.codeOnly(text));
            if (m.find()) {
                packages.add(m.group(1));
            }
        }
        return new RulePackagesHidden(parent, packages);
    }

    private boolean hidden(String name, char separator) {
        int last = name.lastIndexOf(separator);
        String pkg = last < 0 ? "" : name.substring(0, last).replace('/', '.');
        return packages.contains(pkg);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hidden(name, '.')) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return hidden(name, '/') ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return hidden(name, '/') ? Collections.emptyEnumeration() : super.getResources(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return hidden(name, '/') ? null : super.getResourceAsStream(name);
    }
}
