package org.sitrep.spark;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;

/**
 * The Parquet schema of an article: the Article JSON's fields as columns, objects as nested structs and lists as
 * arrays, named and ordered as the JSON writes them. It is read off the JSON mapping itself (the properties Jackson
 * serialises, with their snake_case names), so a field added to the model is a column without a second list to
 * keep; docs/spark.md prints it and a test checks that the page still matches.
 */
public final class ArticleSchema {

    private static final ObjectMapper MAPPER = ArticleJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The schema of {@link Article}. */
    public static final StructType ARTICLE = struct(MAPPER.constructType(Article.class));

    private ArticleSchema() {
    }

    /** The schema of another record the JSON mapping writes (the link job's rows), derived the same way. */
    public static StructType of(Class<?> type) {
        return struct(MAPPER.constructType(type));
    }

    private static StructType struct(JavaType type) {
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(type);
        List<StructField> fields = new ArrayList<>();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            JavaType t = p.getPrimaryType();
            fields.add(DataTypes.createStructField(p.getName(), dataType(t), !t.isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType dataType(JavaType t) {
        if (t.isCollectionLikeType() || t.isArrayType()) {
            return DataTypes.createArrayType(dataType(t.getContentType()), true);
        }
        Class<?> raw = t.getRawClass();
        if (raw == String.class) {
            return DataTypes.StringType;
        } else if (raw == int.class || raw == Integer.class) {
            return DataTypes.IntegerType;
        } else if (raw == long.class || raw == Long.class) {
            return DataTypes.LongType;
        } else if (raw == double.class || raw == Double.class) {
            return DataTypes.DoubleType;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return DataTypes.BooleanType;
        } else if (raw.isRecord()) {
            return struct(t);
        }
        throw new IllegalStateException("no Parquet type for the model's " + raw.getSimpleName() + ": add one here");
    }

    /** An article's row, from its Article JSON. */
    public static Row row(String articleJson) {
        try {
            return row(MAPPER.readTree(articleJson), ARTICLE);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not Article JSON: " + e.getMessage(), e);
        }
    }

    /** The row of a JSON object under this schema (fields it lacks are null). */
    public static Row row(JsonNode node, StructType type) {
        StructField[] fields = type.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = value(node.get(fields[i].name()), fields[i].dataType());
        }
        return RowFactory.create(values);
    }

    private static Object value(JsonNode node, DataType type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof StructType struct) {
            return row(node, struct);
        }
        if (type instanceof ArrayType array) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(value(item, array.elementType())));
            return scala.jdk.javaapi.CollectionConverters.asScala(items).toSeq(); // what Spark's Row encoder takes for an array
        }
        if (type == DataTypes.StringType) {
            return node.asText();
        } else if (type == DataTypes.IntegerType) {
            return node.intValue();
        } else if (type == DataTypes.LongType) {
            return node.longValue();
        } else if (type == DataTypes.DoubleType) {
            return node.doubleValue();
        }
        return node.booleanValue();
    }

    /** The Article JSON of a row read back from the Parquet, exactly as {@code sitrep annotate} writes the article. */
    public static String json(Row row) {
        try {
            return ArticleJson.toJson(MAPPER.treeToValue(node(row, ARTICLE), Article.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an article row: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode node(Row row, StructType type) {
        ObjectNode out = NODES.objectNode();
        StructField[] fields = type.fields();
        for (int i = 0; i < fields.length; i++) {
            out.set(fields[i].name(), row.isNullAt(i) ? NODES.nullNode() : node(row.get(i), fields[i].dataType()));
        }
        return out;
    }

    private static JsonNode node(Object value, DataType type) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (type instanceof StructType struct) {
            return node((Row) value, struct);
        }
        if (type instanceof ArrayType array) {
            ArrayNode out = NODES.arrayNode();
            Iterable<?> items = value instanceof scala.collection.Iterable<?> seq
                    ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : (Iterable<?>) value;
            items.forEach(item -> out.add(node(item, array.elementType())));
            return out;
        }
        return MAPPER.valueToTree(value);
    }
}
