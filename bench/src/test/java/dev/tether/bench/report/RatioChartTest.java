package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RatioChartTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void drawsOneBarPerNonFloorImplOfEachClasssFirstRunWithItsRatio() throws Exception {
        ReportData data = ReportMain.load(Fixture.dir());

        Document doc = parse(RatioChart.svg(data.results()));

        List<String> values = all(doc, "text").stream().filter(t -> t.getAttribute("class").equals("value"))
                .map(Element::getTextContent).toList();
        // Lookup: 3 impls x 2 sizes; insert (g1 only): 2 x 2; cascade: 1 x 2; concurrent (threads-1): 1 x 2.
        assertThat(values).hasSize(14)
                .contains("1.29x tether", "4719x h2", "1.40x tether", "1.78x tether")
                .noneMatch(v -> v.endsWith("floor"));
        List<String> sections = all(doc, "text").stream().filter(t -> t.getAttribute("class").equals("section"))
                .map(Element::getTextContent).toList();
        assertThat(sections).containsExactly("CascadeWriteBenchmark [g1]", "ConcurrentReadBenchmark [threads-1]",
                "InsertWriteBenchmark [g1]", "LookupReadBenchmark [g1]");
    }

    @Test
    void aBarSpansFromTheFloorLineToItsRatioOnTheLogAxis() throws Exception {
        Document doc = parse(RatioChart.svg(ReportMain.load(Fixture.dir()).results()));

        List<Element> lines = all(doc, "line").stream().filter(l -> l.getAttribute("class").equals("floor")).toList();
        double floorX = number(lines.get(lines.size() - 1), "x1");
        List<Double> ticks = all(doc, "line").stream().filter(l -> l.getAttribute("class").equals("grid"))
                .map(l -> number(l, "x1")).toList();
        double perDecade = (ticks.get(ticks.size() - 1) - floorX) / Math.log10(5000);
        Element h2Bar = all(doc, "rect").stream()
                .filter(r -> r.getAttribute("fill").equals("#718096") && number(r, "width") > 0)
                .filter(r -> number(r, "y") > 60).findFirst().orElseThrow();
        assertThat(number(h2Bar, "x")).isCloseTo(floorX, within(0.1));
        double h2Ratio = 70206.61292989802 / 14.878945777592286;
        assertThat(number(h2Bar, "width")).isCloseTo(perDecade * Math.log10(h2Ratio), within(0.2));
    }

    @Test
    void aLongRowLabelStartsInsideTheChartAndThePlotMovesRight(@TempDir Path dir) throws Exception {
        String json = Files.readString(Fixture.file("g1.json"))
                .replace("\"size\": \"1000000\"", "\"size\": \"" + "1".repeat(60) + "\"");
        Path file = dir.resolve("long-label.json");
        Files.writeString(file, json);
        Document doc = parse(RatioChart.svg(FloorRatios.rate(JmhJsonReader.read(file))));

        Element longest = all(doc, "text").stream().filter(t -> t.getAttribute("class").equals("label"))
                .max(Comparator.comparingInt(t -> t.getTextContent().length())).orElseThrow();
        assertThat(longest.getTextContent()).hasSizeGreaterThan(60);
        assertThat(number(longest, "x")).as("right-aligned, so it starts at x minus its width")
                .isGreaterThanOrEqualTo(20 + 6.2 * longest.getTextContent().length());
        double floorX = all(doc, "line").stream().filter(l -> l.getAttribute("class").equals("floor"))
                .mapToDouble(l -> number(l, "x1")).max().orElseThrow();
        assertThat(floorX).as("the plot starts right of the labels").isGreaterThan(number(longest, "x"));
        assertThat(RatioChart.labelRight(List.of("getById  size=10000"))).as("short labels keep the old layout")
                .isEqualTo(330);
    }

    @Test
    void saysSoWhenNothingHasAFloor() throws Exception {
        Document doc = parse(RatioChart.svg(FloorRatios.rate(JmhJsonReader.read(Fixture.file("writer-1.json")))));

        assertThat(all(doc, "text")).extracting(Element::getTextContent)
                .contains("No result has a floor measured in the same run.");
    }

    @Test
    void escapesText() throws IOException {
        SvgWriter svg = new SvgWriter(10, 10);
        svg.text(0, 0, "a<b & c>", "start", "label");
        assertThat(svg.finish()).contains("a&lt;b &amp; c&gt;");
    }
}
