package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
    @Test
    void parsesTheRfcValueKinds() throws Exception {
        Object v = Json.parse(" {\"a\": [1, -2, 3.5, 1e3, true, false, null], \"b\\u00e9\\n\": \"x\\\"y\\\\z\\/\"} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", List.of(1L, -2L, 3.5, 1000.0, Boolean.TRUE, Boolean.FALSE, Json.NULL));
        expected.put("bé\n", "x\"y\\z/");
        assertEquals(expected, v);
        assertSame(Json.NULL, Json.parse("null"));
        assertEquals(Long.MAX_VALUE, Json.parse("9223372036854775807"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "{\"a\":1,}",
                "[1,]",
                "01",
                "1.",
                "-",
                "\"abc",
                "\"a\u0001\"",
                "\"\\x\"",
                "{\"a\" 1}",
                "{1:2}",
                "tru",
                "1 2",
                "9223372036854775808",
                "{\"a\":1,\"a\":2}",
                "[\"\\u12\"]"
            })
    void rejectsMalformedJson(String text) {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse(text), text);
        assertTrue(e.getMessage().contains("at character"), e.getMessage());
    }

    @Test
    void quoteRoundTrips() throws Exception {
        String s = "a\"b\\c\nd\u0001é";
        assertEquals(s, Json.parse(Json.quote(s)));
    }
}
