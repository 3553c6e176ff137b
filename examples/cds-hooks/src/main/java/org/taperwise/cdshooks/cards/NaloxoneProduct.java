package org.taperwise.cdshooks.cards;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The naloxone product a card's suggestion orders: a row of the ruleset's own product-codes table
 * ({@code tables/product-codes.csv}), found by system and code, whose medicine must be {@code naloxone}. Its code,
 * display and source are the table's (the RxNorm rows come from the CDC's naloxone value set,
 * cqframework/opioid-cds-r4, CC0). Which product is a service parameter ({@code --naloxone-code}); the default is
 * {@link #DEFAULT_SYSTEM} {@link #DEFAULT_CODE}, "naloxone hydrochloride 40 MG/ML Nasal Spray" (4 mg in each
 * 0.1 ml actuation): the nasal spray is the form the CDC 2022 guideline's naloxone discussion and the FDA's
 * over-the-counter approval (2023) concern, and needs no injection training.
 */
public record NaloxoneProduct(String system, String code, String display, String source) {
    public static final String DEFAULT_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String DEFAULT_CODE = "1725059";
    private static final String TABLE = "tables/product-codes.csv";

    /** Finds the product in the built-in ruleset's table (on the class path). */
    public static NaloxoneProduct fromBuiltin(String system, String code) throws IOException {
        String resource = org.taperwise.Ruleset.BUILTIN_RESOURCE + "/" + TABLE;
        try (InputStream in = NaloxoneProduct.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the built-in ruleset has no " + TABLE);
            }
            return find(in, system, code);
        }
    }

    /** Finds the product in a ruleset folder's table. */
    public static NaloxoneProduct fromFolder(Path rulesetFolder, String system, String code) throws IOException {
        try (InputStream in = Files.newInputStream(rulesetFolder.resolve(TABLE))) {
            return find(in, system, code);
        }
    }

    static NaloxoneProduct find(InputStream in, String system, String code) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .enable(CsvParser.Feature.ALLOW_COMMENTS).build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                .readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if (system.equals(row.get("system")) && code.equals(row.get("code"))) {
                    if (!"naloxone".equals(row.get("medicine"))) {
                        throw new IOException("product " + system + " " + code + " of " + TABLE + " is "
                                + row.get("medicine") + ", not naloxone");
                    }
                    return new NaloxoneProduct(system, code, row.get("display"), row.get("source"));
                }
            }
        }
        throw new IOException("the ruleset's " + TABLE + " has no product " + system + " " + code);
    }
}
