package org.taperwise.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up contract codes; used by the JSON reader and by table loaders. */
public final class Codes {
    private Codes() {
    }

    /**
     * The member of {@code type} whose {@link JsonCode#code()} equals {@code code} exactly.
     *
     * @return empty when no member has that spelling
     */
    public static <E extends Enum<E> & JsonCode> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, E> byCode = (Map<String, E>) CACHE.get(type);
        return Optional.ofNullable(byCode.get(code));
    }

    /** The spellings of every member, in declaration order, for error messages. */
    public static <E extends Enum<E> & JsonCode> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonCode::code).collect(Collectors.joining(", "));
    }

    private static final ClassValue<Map<String, ?>> CACHE = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> ((JsonCode) c).code(), Function.identity()));
        }
    };
}
