package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvaluationTest {

    @Test
    void readsLglToponymsWithAndWithoutCoordinates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lgl.xml");
        Files.writeString(file, """
                <articles><article docid="1"><title>t</title>
                  <text><![CDATA[Alexandria man arrested. Rapides Parish deputies.]]></text>
                  <toponyms>
                    <toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
                      <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon>
                        <country geonameid="6252001">United States</country></gaztag></toponym>
                    <toponym><start>25</start><end>39</end><phrase>Rapides Parish</phrase></toponym>
                  </toponyms></article></articles>
                """);
        List<GeoEvaluation.GoldArticle> articles = GeoEvaluation.read(file);
        assertThat(articles).hasSize(1);
        GeoEvaluation.GoldArticle a = articles.get(0);
        assertThat(a.toponyms()).hasSize(2);
        GeoEvaluation.Gold first = a.toponyms().get(0);
        assertThat(a.text().substring(first.start(), first.end())).isEqualTo("Alexandria");
        assertThat(first.lat()).isEqualTo(31.3113);
        assertThat(first.lon()).isEqualTo(-92.4451);
        GeoEvaluation.Gold second = a.toponyms().get(1);
        assertThat(a.text().substring(second.start(), second.end())).isEqualTo("Rapides Parish");
        assertThat(second.lat()).isNaN();
    }

    @Test
    void readsTrNewsArticlesWhosePeoplesNamesAreToponymsAndWhoseDomainHasWww(@TempDir Path dir) throws Exception {
        // TR-News's shape: LGL's, with a "www." domain, a URL on lines of its own, and peoples' names as toponyms.
        StringBuilder toponyms = new StringBuilder();
        String text = "Turkish, Russian, Syrian, Iranian and Turkish officials met in Ankara.";
        for (String people : List.of("Turkish", "Russian", "Syrian", "Iranian")) {
            int at = text.indexOf(people);
            toponyms.append("<toponym><phrase>").append(people).append("</phrase><start>").append(at).append("</start><end>")
                    .append(at + people.length()).append("</end></toponym>");
        }
        int second = text.lastIndexOf("Turkish");
        toponyms.append("<toponym><phrase>Turkish</phrase><start>").append(second).append("</start><end>")
                .append(second + 7).append("</end></toponym>");
        Path file = dir.resolve("TR-News.xml");
        Files.writeString(file, "<articles><article docid=\"1\"><title>t</title><url>\n  http://news.example.ca/world/1\n</url>"
                + "<domain>www.News.Example.ca</domain><text><![CDATA[" + text + "]]></text><toponyms>" + toponyms
                + "</toponyms></article></articles>");
        List<GeoEvaluation.GoldArticle> articles = GeoEvaluation.read(file);
        assertThat(articles.get(0).source()).isEqualTo("news.example.ca");
        assertThat(GeoEvaluation.marksPeoples(articles)).isTrue();
        assertThat(GeoEvaluation.marksPeoples(GeoEvaluation.read(writeGeoVirus(dir)))).isFalse();
    }

    private static Path writeGeoVirus(Path dir) throws Exception {
        Path file = dir.resolve("GeoVirus.xml");
        Files.writeString(file, """
                <articles><article><source>https://en.wikinews.org/wiki/X</source>
                  <text>Hogs were culled in Pandi.</text>
                  <locations><location><name>Pandi</name><start>20</start><end>25</end><lat>14.87</lat><lon>120.95</lon>
                  </location></locations></article></articles>
                """);
        return file;
    }

    @Test
    void readsGeoVirusLocations(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("GeoVirus.xml");
        Files.writeString(file, """
                <articles><article><source>https://example.org/a</source>
                  <text>Hogs culled at a farm in Pandi, Bulacan.</text>
                  <locations><location><name>Pandi</name><start>25</start><end>30</end><lat>14.87</lat><lon>120.95</lon>
                    <page>https://example.org/Pandi</page></location></locations></article></articles>
                """);
        GeoEvaluation.GoldArticle a = GeoEvaluation.read(file).get(0);
        assertThat(a.toponyms()).singleElement().satisfies(g -> {
            assertThat(a.text().substring(g.start(), g.end())).isEqualTo("Pandi");
            assertThat(g.lat()).isEqualTo(14.87);
        });
    }

    @Test
    void knowsWhichGoldToponymsAreCountriesByLglsFeatureCodeOrGeoVirussWikipediaPage(@TempDir Path dir) throws Exception {
        Path lgl = dir.resolve("lgl.xml");
        Files.writeString(lgl, """
                <articles><article docid="1"><title>t</title><text><![CDATA[Sudan and Athens.]]></text><toponyms>
                  <toponym><start>0</start><end>5</end><phrase>Sudan</phrase><gaztag geonameid="366755"><name>Republic of
                    the Sudan</name><fclass>A</fclass><fcode>PCLI</fcode><lat>15</lat><lon>30</lon></gaztag></toponym>
                  <toponym><start>10</start><end>16</end><phrase>Athens</phrase><gaztag geonameid="4180386"><name>Athens</name>
                    <fclass>P</fclass><fcode>PPLA2</fcode><lat>33.96</lat><lon>-83.38</lon></gaztag></toponym>
                </toponyms></article></articles>
                """);
        assertThat(GeoEvaluation.read(lgl).get(0).toponyms()).extracting(GeoEvaluation.Gold::country).containsExactly("SD", null);
        Path geoVirus = dir.resolve("GeoVirus.xml");
        Files.writeString(geoVirus, """
                <articles><article><source>https://en.wikinews.org/wiki/X</source><text>China, Georgia and Georgia.</text>
                  <locations>
                    <location><name>China</name><start>0</start><end>5</end><lat>35</lat><lon>103</lon>
                      <page>https://en.wikipedia.org/wiki/China</page></location>
                    <location><name>Georgia</name><start>7</start><end>14</end><lat>42</lat><lon>43.5</lon>
                      <page>https://en.wikipedia.org/wiki/Georgia_(country)</page></location>
                    <location><name>Georgia</name><start>19</start><end>26</end><lat>33</lat><lon>-83.5</lon>
                      <page>https://en.wikipedia.org/wiki/Georgia_(U.S._state)</page></location>
                  </locations></article></articles>
                """);
        assertThat(GeoEvaluation.read(geoVirus).get(0).toponyms()).extracting(GeoEvaluation.Gold::country)
                .containsExactly("CN", "GE", null);
    }

    @Test
    void readsWikTorPagesWhoseToponymsShareThePagesPoint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("WikToR.xml");
        Files.writeString(file, """
                <pages><page number="1"><pageTitle>Lima, Ohio</pageTitle><toponymName>Lima</toponymName>
                  <lat>40.7428</lat><lon>-84.1052</lon>
                  <text>Lima is a city in Allen County, Ohio.</text>
                  <toponymIndices><toponym><start>0</start><end>4</end></toponym></toponymIndices></page></pages>
                """);
        GeoEvaluation.GoldArticle a = GeoEvaluation.read(file).get(0);
        assertThat(a.toponyms()).singleElement().satisfies(g -> {
            assertThat(a.text().substring(g.start(), g.end())).isEqualTo("Lima");
            assertThat(g.lat()).isEqualTo(40.7428);
            assertThat(g.lon()).isEqualTo(-84.1052);
        });
    }

    @Test
    void scoresLglAndGeoVirusFirstThenAnyOtherCorpusBesideThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("WikToR.xml"), "<pages/>");
        Files.writeString(dir.resolve("GeoVirus.xml"), "<articles/>");
        Files.writeString(dir.resolve("notes.txt"), "not a corpus");
        assertThat(GeoEvaluation.corpora(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("lgl.xml", "GeoVirus.xml", "WikToR.xml");
    }
}
