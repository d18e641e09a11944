package io.github.vecnet.spark;

import io.github.vecnet.examples.common.UnitSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A sweep's rows as a Parquet dataset: columns {@code unit} and {@code row} (int), then the run table's columns as
 * the CSV text (exact: every digit the CSV has). Each Spark job appends the rows of the units it ran; a job that
 * fails or is killed commits nothing, so the dataset holds whole units only, and the units in it are the ones a
 * re-run skips.
 */
final class ParquetRows {
    static final String UNIT = "unit";
    static final String ROW = "row";

    private ParquetRows() {}

    static StructType schema(UnitSweep sweep) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(UNIT, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(ROW, DataTypes.IntegerType, false));
        for (String column : sweep.header()) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    static void append(SparkSession spark, JavaRDD<Row> rows, UnitSweep sweep, Path dataset) {
        spark.createDataFrame(rows, schema(sweep)).write().mode(SaveMode.Append).parquet(dataset.toString());
    }

    /**
     * The finished units in the dataset: key (as text) -> rows in order; empty when there is none yet.
     *
     * @throws IllegalStateException when a unit's rows are there twice (two runs wrote into one output)
     */
    static Map<List<String>, List<String[]>> read(SparkSession spark, UnitSweep sweep, Path dataset) {
        Map<List<String>, TreeMap<Integer, String[]>> units = new LinkedHashMap<>();
        if (!Files.isDirectory(dataset)) {
            return new LinkedHashMap<>();
        }
        List<Row> all =
                spark.read().schema(schema(sweep)).parquet(dataset.toString()).collectAsList();
        int columns = sweep.header().length;
        for (Row r : all) {
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = r.isNullAt(c + 2) ? "" : r.getString(c + 2);
            }
            List<String> key = Arrays.asList(Arrays.copyOf(row, sweep.keyColumns()));
            String[] before = units.computeIfAbsent(key, k -> new TreeMap<>()).put(r.getInt(1), row);
            if (before != null) {
                throw new IllegalStateException(dataset + " holds unit " + sweep.keyOf(row)
                        + " twice (two runs into one " + "output?); delete the dataset or use another --out");
            }
        }
        Map<List<String>, List<String[]>> rows = new LinkedHashMap<>();
        for (Map.Entry<List<String>, TreeMap<Integer, String[]>> unit : units.entrySet()) {
            rows.put(unit.getKey(), new ArrayList<>(unit.getValue().values()));
        }
        return rows;
    }
}
