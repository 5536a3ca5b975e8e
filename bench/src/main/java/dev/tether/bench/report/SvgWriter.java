package dev.tether.bench.report;

import java.util.Locale;

/** Builds a small SVG document from rectangles, lines and text, with the chart's styles. */
final class SvgWriter {
    private final StringBuilder out = new StringBuilder();

    SvgWriter(int width, int height) {
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                width, height, width, height))
                .append("<style>\n")
                .append("text { font-family: 'DejaVu Sans', Arial, sans-serif; fill: #1a202c; }\n")
                .append(".title { font-size: 16px; font-weight: bold; }\n")
                .append(".section { font-size: 13px; font-weight: bold; }\n")
                .append(".label { font-size: 11px; }\n")
                .append(".value { font-size: 10px; fill: #4a5568; }\n")
                .append(".tick { font-size: 10px; fill: #4a5568; }\n")
                .append(".grid { stroke: #e2e8f0; stroke-width: 1; }\n")
                .append(".floor { stroke: #c53030; stroke-width: 1.5; stroke-dasharray: 4 3; }\n")
                .append("</style>\n")
                .append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n",
                        width, height));
    }

    void rect(double x, double y, double width, double height, String fill) {
        out.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" rx=\"2\"/>%n",
                x, y, width, height, fill));
    }

    void line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>%n",
                x1, y1, x2, y2, cssClass));
    }

    void text(double x, double y, String text, String anchor, String cssClass) {
        out.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>%n",
                x, y, anchor, cssClass, escape(text)));
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
