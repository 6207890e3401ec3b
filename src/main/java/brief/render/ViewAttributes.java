package brief.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an attribute of the views templates print ({@code page.title}, {@code a.url}: the records of
 * {@link PageView} and {@link Items}) through a method handle found once per class and name. Pebble's own
 * resolver looks the method up in a cache keyed by class, name and argument types on every read and calls it by
 * reflection: a tenth of the templates' time, a template reading a few hundred attributes a page.
 *
 * <p>It answers only where Pebble's resolver would call the same method: a public method of brief's without
 * parameters, whose name no other method without parameters shares (Pebble matches names ignoring case) and
 * with no {@code get}/{@code is}/{@code has} method of that name beside it. Everything else (maps, lists, a
 * name in other case, a method with arguments, a missing attribute and its error) is left to Pebble's.
 */
final class ViewAttributes implements AttributeResolver {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** A class's readable methods by name; empty for classes that are not views. */
    private static final ClassValue<Map<String, MethodHandle>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return readable(type);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || (argumentValues != null && argumentValues.length > 0)
                || !(attributeNameValue instanceof String name)) {
            return null;
        }
        MethodHandle getter = getter(instance.getClass(), name);
        if (getter == null) return null;
        return new ResolvedAttribute(read(getter, instance, name, filename, lineNumber));
    }

    /** The method that reads attribute {@code name} of a {@code type}, or null where Pebble's resolver must read it. */
    static MethodHandle getter(Class<?> type, String name) {
        return METHODS.get(type).get(name);
    }

    /** Reads an attribute through its {@link #getter}; a failure is Pebble's error at the template's line. */
    static Object read(MethodHandle getter, Object instance, String name, String filename, int lineNumber) {
        try {
            return (Object) getter.invokeExact(instance);
        } catch (Throwable e) {
            throw new PebbleException(e, "Could not call " + name, lineNumber, filename);
        }
    }

    private static Map<String, MethodHandle> readable(Class<?> type) {
        // Pebble looks at the collection interfaces first: such classes are its to read.
        if (!type.getName().startsWith("brief.") || Iterable.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || Map.Entry.class.isAssignableFrom(type) || type.isArray()) {
            return Map.of();
        }
        Method[] methods = type.getMethods();
        Map<String, Integer> sameName = new HashMap<>();
        for (Method m : methods) {
            if (m.getParameterCount() == 0) sameName.merge(m.getName().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, MethodHandle> out = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Method m : methods) {
            String name = m.getName();
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                    || !m.getDeclaringClass().getName().startsWith("brief.")
                    || name.equals("toString") || name.equals("hashCode") || name.isEmpty()) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (sameName.get(lower) != 1 || sameName.containsKey(("get" + cap).toLowerCase(Locale.ROOT))
                    || sameName.containsKey(("is" + cap).toLowerCase(Locale.ROOT))
                    || sameName.containsKey(("has" + cap).toLowerCase(Locale.ROOT)) || hasField(type, name)) {
                continue;
            }
            try {
                m.setAccessible(true);
                out.put(name, lookup.unreflect(m).asType(GETTER));
            } catch (IllegalAccessException | RuntimeException e) {
                // Not ours to read (Pebble's resolver will say why).
            }
        }
        return Map.copyOf(out);
    }

    private static boolean hasField(Class<?> type, String name) {
        try {
            type.getField(name);
            return true;
        } catch (NoSuchFieldException | SecurityException e) {
            return false;
        }
    }
}
