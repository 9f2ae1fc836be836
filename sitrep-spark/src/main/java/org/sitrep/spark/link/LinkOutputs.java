package org.sitrep.spark.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.spark.ArticleSchema;

/**
 * The link job's rows as JSON and Parquet: the record's fields in snake_case, as the Article JSON writes them, with
 * each model object the rows carry as JSON (a place, an event, a claim) written out as an object under its own name
 * ({@code place_json} becomes {@code place}), so the Parquet columns are the Article JSON's own structs.
 */
public final class LinkOutputs {

    private static final ObjectMapper MAPPER = ArticleJson.mapper();
    /** The fields holding a model object as JSON, and the object's class. */
    private static final Map<String, Class<?>> EMBEDDED = Map.of("place_json", Place.class, "event_json", Event.class,
            "claim_json", Claim.class);

    private LinkOutputs() {
    }

    /** The Parquet schema of a row record. */
    public static StructType schema(Class<?> rowType) {
        return expand(ArticleSchema.of(rowType));
    }

    /** A row as one line of JSON. */
    public static String json(Object row) {
        return expand(MAPPER.valueToTree(row)).toString();
    }

    private static StructType expand(StructType type) {
        List<StructField> fields = new ArrayList<>();
        for (StructField f : type.fields()) {
            Class<?> embedded = EMBEDDED.get(f.name());
            if (embedded != null) {
                fields.add(DataTypes.createStructField(name(f.name()), ArticleSchema.of(embedded), true));
            } else {
                fields.add(DataTypes.createStructField(f.name(), expand(f.dataType()), f.nullable()));
            }
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType expand(DataType type) {
        if (type instanceof StructType s) {
            return expand(s);
        }
        if (type instanceof ArrayType a) {
            return DataTypes.createArrayType(expand(a.elementType()), a.containsNull());
        }
        return type;
    }

    private static JsonNode expand(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode out = MAPPER.createObjectNode();
            o.fields().forEachRemaining(e -> {
                if (EMBEDDED.containsKey(e.getKey())) {
                    out.set(name(e.getKey()), e.getValue().isNull() ? e.getValue() : parse(e.getValue().asText()));
                } else {
                    out.set(e.getKey(), expand(e.getValue()));
                }
            });
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = MAPPER.createArrayNode();
            a.forEach(item -> out.add(expand(item)));
            return out;
        }
        return node;
    }

    private static String name(String field) {
        return field.substring(0, field.length() - "_json".length());
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a row's embedded JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
