package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldAtlasTest {

    @Test
    void decodesQuantizedDeltaArcsAndWalksANegativeIndexBackwards() throws Exception {
        // two arcs sharing their ends: (0,0)->(10,0)->(10,10) and, walked backwards as ~1, (0,10)->(0,0) reversed
        String topology = """
                {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[-10,20]},
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,-2]],"id":"004","properties":{"name":"Square"}}]}},
                 "arcs":[[[0,0],[10,0],[0,10]],[[0,0],[0,10],[10,0]]]}
                """;
        List<WorldAtlas.Country> countries = WorldAtlas.decode(new ObjectMapper().readTree(topology));
        assertThat(countries).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Square");
            assertThat(c.isoNumeric()).isEqualTo("004");
            double[][] ring = c.rings().get(0);
            // arc 0: (0,0) (10,0) (10,10); arc 1 is (0,0) (0,10) (10,10), walked back from (10,10): its first point is dropped
            assertThat(ring).hasDimensions(5, 2);
            assertThat(ring[0]).containsExactly(-10, 20);
            assertThat(ring[1]).containsExactly(-5, 20);
            assertThat(ring[2]).containsExactly(-5, 22.5);
            assertThat(ring[3]).containsExactly(-10, 22.5);
            assertThat(ring[4]).containsExactly(-10, 20);
            assertThat(c.west()).isEqualTo(-10);
            assertThat(c.north()).isEqualTo(22.5);
        });
    }

    @Test
    void theBundledOutlinesHoldNorthKoreaWhereItIs() {
        WorldAtlas.Country korea = WorldAtlas.countries().stream().filter(c -> "408".equals(c.isoNumeric())).findFirst().orElseThrow();
        assertThat(korea.name()).isEqualTo("North Korea");
        assertThat(korea.west()).isBetween(124.0, 125.0);
        assertThat(korea.east()).isBetween(130.0, 131.0);
        assertThat(korea.south()).isBetween(37.5, 38.5);
        assertThat(korea.north()).isBetween(42.5, 43.2);
        assertThat(WorldAtlas.countries()).hasSizeGreaterThan(200);
    }
}
