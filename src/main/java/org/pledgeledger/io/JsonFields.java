package org.pledgeledger.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One JSON object being read, with its path for errors: every error names the document, the path,
 * the value and the rule. Unknown fields are errors too, so that a typo is never ignored.
 * <p>
 * Not thread-safe; used by one read only.
 */
final class JsonFields {


    /** What the document is called in errors (its toString, made only for an error). */
    private final Object document;
    /** The values of this read, dates among them, shared by every object of the read. */
    private final Shared shared;
    /** The object this one is a field or element of, or null at the root. */
    private final JsonFields parent;
    /** The root's path ({@code $}), or this object's field name in its parent. */
    private final String name;
    /** This object's index in the array named {@link #name}, or -1. */
    private final int index;
    private final JsonNode node;

    /**
     * Reads the root object of a document.
     *
     * @param document  what to call the document in errors; its {@code toString} is made only for an error
     * @param shared  the values met so far, shared between the documents of one read
     * @param node  the root node
     * @throws IllegalArgumentException if the node is not an object
     */
    JsonFields(Object document, Shared shared, JsonNode node) {
        this(document, shared, null, "$", -1, node);
    }

    private JsonFields(Object document, Shared shared, JsonFields parent, String name, int index, JsonNode node) {
        this.document = document;
        this.shared = shared;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw error(path(), "expected an object, found " + describe(node));
        }
    }

    private JsonFields child(String field, int at, JsonNode element) {
        return new JsonFields(document, shared, this, field, at, element);
    }

    /** The path of this object, such as {@code $.pledges[3].amount}: made when an error needs it. */
    String path() {
        if (parent == null) {
            return name;
        }
        String field = parent.path() + "." + name;
        return index < 0 ? field : field + "[" + index + "]";
    }

    JsonFields only(String... fields) {
        for (String name : node.propertyNames()) {
            if (!isOneOf(name, fields)) {
                throw error(path() + "." + name, "unknown field; expected one of " + Arrays.toString(fields));
            }
        }
        return this;
    }

    /** A scan: the fields of an object are a dozen at most, and a set for them would cost more. */
    private static boolean isOneOf(String name, String[] fields) {
        for (String field : fields) {
            if (field.equals(name)) {
                return true;
            }
        }
        return false;
    }

    String text(String field) {
        return optText(field).orElseThrow(() -> error(path() + "." + field, "missing"));
    }

    Optional<String> optText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            throw error(path() + "." + field, "expected a non-blank string, found " + describe(v));
        }
        return Optional.of(v.stringValue());
    }

    boolean bool(String field, boolean otherwise) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isBoolean()) {
            throw error(path() + "." + field, "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    LocalDate date(String field) {
        return optDate(field).orElseThrow(() -> error(path() + "." + field, "missing"));
    }

    Optional<LocalDate> optDate(String field) {
        Optional<String> text = optText(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        try {
            return Optional.of(shared.date(t));
        } catch (DateTimeParseException e) {
            throw error(path() + "." + field, "'" + t + "' is not an ISO date (yyyy-MM-dd)");
        }
    }

    Optional<Period> optPeriod(String field) {
        return optText(field).map(t -> {
            try {
                return Period.parse(t);
            } catch (DateTimeParseException e) {
                throw error(path() + "." + field, "'" + t + "' is not an ISO period such as P180D");
            }
        });
    }

    /**
     * An amount, as jackson-datatype-moneta writes it with quoted decimals:
     * {@code {"amount": "22000000000.00", "currency": "GBP"}}. The amount must be a plain decimal in a
     * string, never a JSON number, so that nothing passes through binary floating point.
     */
    MonetaryAmount amount(String field) {
        JsonFields a = object(field).only("amount", "currency");
        JsonNode number = a.node.get("amount");
        if (number == null || !number.isString()) {
            throw error(a.path() + ".amount", "expected a plain decimal written as a string, such as \"1234.56\", found " + describe(number)
                    + " (a JSON number could have passed through binary floating point)");
        }
        if (!PlainDecimal.is(number.stringValue())) {
            throw error(a.path() + ".amount", "'" + number.stringValue() + "' is not a plain decimal such as 1234.56");
        }
        CurrencyUnit currency = a.checked("currency", () -> Amounts.currency(a.text("currency")));
        // the library's own rule first: the money module's Money.of would round a number too long to hold
        a.checked("amount", () -> Amounts.of(PlainDecimal.parse(number.stringValue()), currency));
        try {
            return LedgerJson.mapper().treeToValue(a.node, MonetaryAmount.class);
        } catch (JacksonException e) {
            throw error(a.path(), "not an amount: " + e.getOriginalMessage());
        }
    }

    BigDecimal decimal(String field) {
        String t = text(field);
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw error(path() + "." + field, "'" + t + "' is not a decimal written as a string");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String t = text(field);
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            throw error(path() + "." + field, "'" + t + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The names of this object's fields, in document order. */
    List<String> fieldNames() {
        return List.copyOf(node.propertyNames());
    }

    /** The object in a field, if present. */
    Optional<JsonFields> optObject(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(child(field, -1, v));
    }

    JsonFields object(String field) {
        return child(field, -1, node.get(field));
    }

    /** The objects of an array field; an absent field is an empty array. */
    List<JsonFields> objects(String field) {
        List<JsonFields> list = new ArrayList<>();
        int i = 0;
        for (JsonNode element : array(field)) {
            list.add(child(field, i++, element));
        }
        return list;
    }

    /** Checks whether a field holds an object (rather than, say, a key naming one). */
    boolean isObject(String field) {
        JsonNode v = node.get(field);
        return v != null && v.isObject();
    }

    /** The elements of an array field, each a string (a key) or a {@link JsonFields} (an inline object). */
    List<Object> keysOrObjects(String field) {
        List<Object> list = new ArrayList<>();
        int i = 0;
        for (JsonNode element : array(field)) {
            if (element.isObject()) {
                list.add(child(field, i, element));
            } else if (element.isString() && !element.stringValue().isBlank()) {
                list.add(element.stringValue());
            } else {
                throw error(path() + "." + field + "[" + i + "]", "expected a key or an object, found " + describe(element));
            }
            i++;
        }
        return list;
    }

    /** The strings of an array field; an absent field is an empty array. */
    List<String> texts(String field) {
        List<String> list = new ArrayList<>();
        int i = 0;
        for (JsonNode element : array(field)) {
            if (!element.isString() || element.stringValue().isBlank()) {
                throw error(path() + "." + field + "[" + i + "]", "expected a non-blank string, found " + describe(element));
            }
            list.add(element.stringValue());
            i++;
        }
        return list;
    }

    private JsonNode array(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw error(path() + "." + field, "expected an array, found " + describe(v));
        }
        return v;
    }

    /** Runs a step that may reject a value, naming this object's path in the error. */
    <T> T checked(String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (PathError e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw error(path() + (field.isEmpty() ? "" : "." + field), e.getMessage());
        }
    }

    IllegalArgumentException error(String at, String problem) {
        return new PathError(document + " " + at + ": " + problem);
    }

    /** An error that already names its document and path, passed on as it is. */
    private static final class PathError extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        PathError(String message) {
            super(message);
        }
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "nothing";
        }
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
