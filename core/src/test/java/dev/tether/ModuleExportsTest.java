package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the module's surface: only {@code dev.tether} is exported; the implementation is not; the
 * types the store hands out are sealed classes with one final implementation each.
 */
class ModuleExportsTest {
    private static ModuleDescriptor descriptor() throws IOException {
        Path moduleInfo = Path.of("target", "classes", "module-info.class");
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsOnlyTheApiPackage() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("dev.tether");
        assertThat(d.exports()).hasSize(1);
        ModuleDescriptor.Exports exports = d.exports().iterator().next();
        assertThat(exports.source()).isEqualTo("dev.tether");
        assertThat(exports.isQualified()).isFalse();
        assertThat(Path.of("target", "classes", "dev", "tether", "internal", "StoreImpl.class")).exists();
        assertThat(d.opens()).isEmpty();
    }

    @Test
    void requiresOnlyEclipseCollectionsAtRunTime() throws IOException {
        Set<String> requires = descriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertThat(requires).containsExactlyInAnyOrder(
                "java.base", "org.eclipse.collections.api", "org.eclipse.collections.impl");
    }

    /**
     * The tables and relations are sealed abstract classes, not interfaces: nobody else can
     * implement them, and a call through them binds to the one implementation by class-hierarchy
     * analysis, with no receiver type check on the lookup path (an interface call keeps one).
     */
    @Test
    void theHandedOutTypesAreSealedToOneFinalImplementationEach() {
        for (Class<?> api : List.of(Table.class, OneToOne.class, ManyToOne.class, ManyToMany.class)) {
            assertThat(api.isInterface()).as("%s is a class", api.getSimpleName()).isFalse();
            assertThat(api.isSealed()).as("%s is sealed", api.getSimpleName()).isTrue();
            assertThat(api.getPermittedSubclasses()).as("%s permits", api.getSimpleName()).singleElement()
                    .satisfies(impl -> {
                        assertThat(impl.getPackageName()).isEqualTo("dev.tether.internal");
                        assertThat(Modifier.isFinal(impl.getModifiers())).as("%s is final", impl).isTrue();
                    });
        }
    }
}
