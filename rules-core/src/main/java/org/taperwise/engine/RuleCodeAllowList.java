package org.taperwise.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What compiled rule code may touch: every type, method and field outside the ruleset's own generated classes is
 * refused unless listed here. Modelled on Elasticsearch Painless's allow-lists (a class is usable only with the
 * members listed for it) and Jenkins script-security's approved signatures (each call site checked against its
 * owner, name and descriptor). A reviewer can read the whole list in this class.
 *
 * <p>The list holds the fact model (every public member of {@code org.taperwise.model} and {@code .rules}, the
 * packages a rule file imports), the parts of {@code java.lang}, {@code java.math}, {@code java.time} and
 * {@code java.util} that compute, and the Drools runtime API the generated code calls. It leaves out on purpose,
 * with the reason a refusal gives: anything reaching reflection or class loading ({@code getClass}, {@code Class},
 * {@code ClassLoader}, {@code java.lang.reflect}, {@code java.lang.invoke}), processes and the JVM ({@code Runtime},
 * {@code System} but {@code arraycopy}, {@code ProcessBuilder}), threads ({@code Thread}, {@code java.util.concurrent},
 * {@code wait}), files and the network ({@code java.io}, {@code java.nio}, {@code java.net}), the host's settings
 * (system properties through {@code Integer.getInteger} and the like, {@code Locale.setDefault}), the clock
 * ({@code now()}: time is an input), Drools' session internals ({@code drools.getRuntime}, {@code getContext},
 * {@code getEntryPoint}, {@code halt}, MVEL scripts), the command line ({@code org.taperwise.examples}) and every
 * other Taperwise package, and the JDK calls whose size argument could exhaust memory in one step
 * ({@code String.repeat}, {@code String.format}, initial capacities, {@code Collections.nCopies}, big-number
 * {@code multiply}, {@code divide}, {@code pow}, {@code setScale}).
 */
final class RuleCodeAllowList {
    /** Which members of a listed type may be used. */
    private record Members(boolean all, Set<String> names) {
        boolean allows(String name, String descriptor) {
            boolean listed = names.contains(name) || names.contains(name + descriptor);
            return all != listed;
        }
    }

    private static final Map<String, Members> TYPES = new HashMap<>();

    /** Members refused on every type, the fact model included: reflection and monitors through Object and Enum. */
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "finalize", "clone",
            "getDeclaringClass", "describeConstable", "resolveConstantDesc");

    private static final String FACT_MODEL = "org/taperwise/model/";
    private static final String FACTS = "org/taperwise/rules/";

    static {
        Set<String> numbers = Set.of("getInteger", "getLong", "getBoolean");
        for (String t : List.of("Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Character",
                "Number")) {
            allExcept("java/lang/" + t, numbers); // getInteger & co. read system properties
        }
        allExcept("java/lang/Math", Set.of("random"));
        allExcept("java/lang/StrictMath", Set.of("random"));
        // sizes given as numbers could take all memory in one call
        allExcept("java/lang/String", Set.of("format", "formatted", "repeat", "indent"));
        allExcept("java/lang/StringBuilder", Set.of("<init>(I)V", "setLength", "ensureCapacity", "repeat"));
        all("java/lang/CharSequence");
        all("java/lang/Comparable");
        only("java/lang/Object", "<init>", "equals", "hashCode", "toString");
        only("java/lang/Enum", "<init>", "valueOf", "name", "ordinal", "compareTo", "equals", "hashCode", "toString");
        only("java/lang/Iterable", "iterator");
        // ECJ compiles an enum's values() with it (the executable model's lambdas are enums); copying is bounded
        only("java/lang/System", "arraycopy");
        for (String e : List.of("RuntimeException", "IllegalArgumentException", "IllegalStateException",
                "ArithmeticException", "NullPointerException", "UnsupportedOperationException",
                "IndexOutOfBoundsException")) {
            only("java/lang/" + e, "<init>");
        }

        Set<String> bigNumbers = Set.of("valueOf", "compareTo", "signum", "doubleValue", "intValue", "longValue",
                "toString", "equals", "hashCode", "add", "subtract", "negate", "abs", "min", "max", "ZERO", "ONE",
                "TEN");
        only("java/math/BigDecimal", bigNumbers.toArray(String[]::new));
        only("java/math/BigInteger", bigNumbers.toArray(String[]::new));
        all("java/math/RoundingMode");

        Set<String> clock = Set.of("now");
        for (String t : List.of("LocalDate", "LocalDateTime", "LocalTime", "Period", "Duration", "Year", "YearMonth",
                "Month", "DayOfWeek", "temporal/ChronoUnit", "temporal/ChronoField", "temporal/TemporalAdjusters",
                "format/DateTimeFormatter", "format/DateTimeFormatterBuilder", "format/ResolverStyle")) {
            allExcept("java/time/" + t, clock);
        }

        Set<String> capacity = Set.of("<init>(I)V", "<init>(IF)V", "<init>(IFZ)V", "ensureCapacity");
        for (String t : List.of("Collection", "List", "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet",
                "TreeSet", "SortedSet", "NavigableSet", "Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap",
                "NavigableMap", "Map$Entry", "Iterator", "ListIterator", "Optional", "OptionalInt", "OptionalDouble",
                "Objects", "Comparator", "Deque", "ArrayDeque", "Queue", "AbstractMap$SimpleEntry")) {
            allExcept("java/util/" + t, capacity);
        }
        allExcept("java/util/Collections", Set.of("nCopies"));
        only("java/util/Arrays", "asList", "equals", "hashCode", "toString");
        only("java/util/Locale", "ROOT", "ENGLISH", "UK", "US", "toString", "equals", "hashCode");

        // the Drools runtime API the generated code needs; the session itself only to insert, update and delete
        only("org/drools/model/Drools", "insert", "update", "delete", "logicalInsert");
        only("org/drools/model/DroolsEntryPoint", "insert", "update", "delete");
        all("org/drools/modelcompiler/dsl/pattern/D");
        // the interfaces of a declared type's generated class (field access by name, for Drools)
        all("org/drools/base/factmodel/GeneratedFact");
        all("org/drools/base/factmodel/AccessibleFact");
        // what an inline accumulate's generated class implements; its init, action and result code is checked
        only("org/kie/api/runtime/rule/AccumulateFunction");
        all("org/drools/modelcompiler/util/EvaluationUtil");
        only("org/drools/util/DateUtils", "getDateFormatMask", "parseDate");
    }

    private RuleCodeAllowList() {
    }

    private static void all(String type) {
        TYPES.put(type, new Members(true, Set.of()));
    }

    private static void allExcept(String type, Set<String> except) {
        TYPES.put(type, new Members(true, except));
    }

    private static void only(String type, String... members) {
        TYPES.put(type, new Members(false, Set.of(members)));
    }

    /** Whether a type (internal name) may be named at all: created, cast to, tested, used as a constant. */
    static boolean typeAllowed(String type) {
        String t = type;
        while (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.length() == 1) {
            return true; // a primitive array
        }
        if (t.startsWith("L") && t.endsWith(";")) {
            t = t.substring(1, t.length() - 1);
        }
        return TYPES.containsKey(t) || factModel(t) || droolsModel(t) && !t.equals("org/drools/model/functions/ScriptBlock")
                || accumulateFunction(t);
    }

    /**
     * Why a member of a type outside the generated classes may not be used, or null when it may.
     *
     * @param descriptor the method's or field's descriptor
     */
    static String refusal(String owner, String name, String descriptor) {
        if (NEVER.contains(name)) {
            return "reaches reflection or the host's threads";
        }
        if (factModel(owner)) {
            return null;
        }
        if (droolsModel(owner)) {
            Members m = TYPES.get(owner);
            if (m != null && !m.allows(name, descriptor) || name.startsWith("executeScript")
                    || owner.equals("org/drools/model/functions/ScriptBlock")) {
                return "reaches the Drools session's internals or runs a script: rules may only insert, update and "
                        + "delete facts";
            }
            return null;
        }
        if (accumulateFunction(owner)) {
            return name.equals("<init>") ? null : "is not one of the calls rule code may make";
        }
        Members m = TYPES.get(owner);
        if (m == null) {
            return why(owner);
        }
        if (!m.allows(name, descriptor)) {
            return "is not one of the calls rule code may make (" + reasonForMember(owner, name) + ")";
        }
        if (owner.startsWith("java/") && descriptor.contains("Ljava/util/function/")) {
            return "takes a function: JDK calls that run rule code per element are not allowed";
        }
        return null;
    }

    private static boolean factModel(String type) {
        return (type.startsWith(FACT_MODEL) && type.indexOf('/', FACT_MODEL.length()) < 0)
                || (type.startsWith(FACTS) && type.indexOf('/', FACTS.length()) < 0);
    }

    private static boolean droolsModel(String type) {
        // the executable model's DSL, functional interfaces and views; not its reflective helpers (lambda printing
        // and introspection, utilities) nor scripts
        boolean dsl = type.startsWith("org/drools/model/") && !type.startsWith("org/drools/model/codegen/")
                && !type.startsWith("org/drools/model/util/") && !type.contains("Printer")
                && !type.contains("Introspect") && !type.endsWith("ScriptBlock");
        return dsl || TYPES.containsKey(type) && type.startsWith("org/drools/");
    }

    private static boolean accumulateFunction(String type) {
        return type.startsWith("org/drools/core/base/accumulators/") && type.endsWith("AccumulateFunction");
    }

    private static String reasonForMember(String owner, String name) {
        if (name.equals("now")) {
            return "reads the clock: time is an input";
        }
        if (name.startsWith("get") && owner.startsWith("java/lang/")) {
            return "reads the host's system properties";
        }
        if (name.equals("random")) {
            return "is not repeatable";
        }
        if (owner.equals("java/util/Locale")) {
            return "changes the host's settings";
        }
        return "could take all memory or time in one call, or is not needed by rules";
    }

    /** Why a type outside the list is refused, by what it reaches. */
    private static String why(String owner) {
        String[][] reasons = {
            {"java/lang/reflect/", "reaches reflection"}, {"java/lang/invoke/", "reaches reflection"},
            {"java/lang/Class", "reaches reflection or class loading"},
            {"java/lang/ClassLoader", "loads classes"}, {"java/lang/Module", "reaches reflection"},
            {"java/lang/Runtime", "starts processes or stops the host"},
            {"java/lang/Process", "starts processes"}, {"java/lang/System", "stops the host or reads its settings"},
            {"java/lang/Thread", "starts threads"}, {"java/util/concurrent/", "starts threads"},
            {"java/io/", "reads or writes files"}, {"java/nio/", "reads or writes files"},
            {"java/net/", "opens network connections"}, {"javax/", "reaches outside the fact model"},
            {"sun/", "reaches the JVM's internals"}, {"jdk/", "reaches the JVM's internals"},
            {"org/mvel2/", "runs MVEL scripts"}, {"org/taperwise/examples/", "reaches the command line"},
            {"org/taperwise/", "reaches Taperwise's internals: rules may use only org.taperwise.model and .rules"},
            {"org/drools/", "reaches the Drools engine's internals"}, {"org/kie/", "reaches the Drools engine's internals"},
        };
        for (String[] r : reasons) {
            if (owner.startsWith(r[0])) {
                return r[1];
            }
        }
        return "is not on the allow-list of what rule code may use";
    }
}
