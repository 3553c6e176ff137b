package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor exports exactly the packages a host uses, unqualified, and no more: the packages
 * ArchitectureTest checks for exposed types are the ones a modular host can see.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(Path.of("target/classes")).find("org.taperwise.core")
                .orElseThrow(() -> new AssertionError("target/classes holds no module org.taperwise.core"))
                .descriptor();
    }

    @Test
    void exportedPackages_areExactlyTheHostFacingOnes() {
        Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(ArchitectureTest.EXPORTED)), exported);
        assertTrue(descriptor().exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    }

    @Test
    void internalPackages_areNeitherExportedNorOpened() {
        ModuleDescriptor d = descriptor();
        assertTrue(d.opens().isEmpty(), "no package is opened for reflection: " + d.opens());
        for (String internal : Set.of("org.taperwise.files", "org.taperwise.tables", "org.taperwise.engine",
                "org.taperwise.loader", "org.taperwise.evaluation", "org.taperwise.taper")) {
            assertTrue(d.packages().contains(internal), internal + " is in the module");
            assertTrue(d.exports().stream().noneMatch(e -> e.source().equals(internal)), internal + " is exported");
        }
    }
}
