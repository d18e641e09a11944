package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InexactInputStudyTest {

    @Test
    void errorNeverDropsBelowTenToTheMinusK() {
        List<InexactInputStudy.Cell> cells = InexactInputStudy.run();
        assertEquals(9, cells.size());
        for (InexactInputStudy.Cell c : cells) {
            double floor = Math.pow(10, -c.k());
            assertTrue(c.error() >= floor, "K=" + c.k() + " n=" + c.n() + " error " + c.error());
            // and it is not garbage either: bounded by the distance between the two candidate minimisers
            assertTrue(c.error() <= c.minimiserDistance() * 1.01, "error within the ambiguity region");
        }
        String table = InexactInputStudy.format(cells);
        assertEquals(4, table.split("\n").length);
    }
}
