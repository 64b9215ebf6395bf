package org.samverka.plugin.positioning;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The module's three charts as SVG with a text alternative ({@code <title>} and {@code <desc>},
 * {@code role="img"}): written by hand, because each is a few dozen elements and a charting
 * library would bring more than the charts. Every text that comes from people is escaped.
 */
final class Svg {

    private static final String[] PALETTE = {"#1b5e8c", "#2e7d32", "#8e5b00", "#6a1b9a", "#b71c1c", "#37474f", "#00695c", "#4e342e"};

    private Svg() {
    }

    /** Horizontal bars, best first: a label and a value from 0 to {@code max} each. */
    static String bars(String title, String description, List<Map.Entry<String, Double>> rows, double max) {
        int height = 40 + rows.size() * 28;
        StringBuilder svg = open(640, height, title, description);
        for (int i = 0; i < rows.size(); i++) {
            double value = rows.get(i).getValue() == null ? 0 : rows.get(i).getValue();
            int y = 30 + i * 28;
            svg.append("<text x=\"8\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(escape(clip(rows.get(i).getKey(), 38)))
                    .append("</text>");
            svg.append("<rect x=\"260\" y=\"").append(y).append("\" width=\"").append(format(300 * value / max)).append("\" height=\"18\" fill=\"")
                    .append(PALETTE[0]).append("\"/>");
            svg.append("<text x=\"").append(format(266 + 300 * value / max)).append("\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(rows.get(i).getValue() == null ? "–" : format(value)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Stacked columns per period: the count on each level, with a legend. */
    static String stacked(String title, String description, List<String> levels, List<String> levelNames,
            Map<String, Map<String, Integer>> byPeriod) {
        int periods = Math.max(1, byPeriod.size());
        int width = Math.max(640, 120 + periods * 70);
        int max = Math.max(1, byPeriod.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1));
        StringBuilder svg = open(width, 340, title, description);
        int x = 60;
        for (var period : byPeriod.entrySet()) {
            double y = 270;
            for (int l = 0; l < levels.size(); l++) {
                int n = period.getValue().getOrDefault(levels.get(l), 0);
                double h = 220.0 * n / max;
                y -= h;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(format(y)).append("\" width=\"40\" height=\"").append(format(h))
                        .append("\" fill=\"").append(PALETTE[l % PALETTE.length]).append("\"><title>").append(escape(levelNames.get(l)))
                        .append(": ").append(n).append("</title></rect>");
            }
            svg.append("<text x=\"").append(x).append("\" y=\"288\" font-size=\"11\">").append(escape(period.getKey())).append("</text>");
            x += 70;
        }
        for (int l = 0; l < levels.size(); l++) {
            int lx = 10 + l * 125;
            svg.append("<rect x=\"").append(lx).append("\" y=\"305\" width=\"12\" height=\"12\" fill=\"").append(PALETTE[l % PALETTE.length])
                    .append("\"/><text x=\"").append(lx + 16).append("\" y=\"315\" font-size=\"11\">").append(escape(clip(levelNames.get(l), 18)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A line of values from −100 to 100 per period, each with its margin of error as a bar; no point where there is no value. */
    static String trend(String title, String description, Map<String, Nps> byPeriod) {
        int width = Math.max(640, 120 + byPeriod.size() * 80);
        StringBuilder svg = open(width, 320, title, description);
        svg.append("<line x1=\"50\" y1=\"150\" x2=\"").append(width - 20).append("\" y2=\"150\" stroke=\"#767676\"/>");
        for (int v : new int[] {-100, -50, 0, 50, 100}) {
            svg.append("<text x=\"8\" y=\"").append(format(150 - v * 1.2 + 4)).append("\" font-size=\"11\">").append(v).append("</text>");
        }
        int x = 80;
        StringBuilder line = new StringBuilder();
        for (var p : byPeriod.entrySet()) {
            Nps nps = p.getValue();
            if (nps.score() != null) {
                double y = 150 - nps.score() * 1.2;
                double m = nps.marginOfError() * 1.2;
                svg.append("<line x1=\"").append(x).append("\" y1=\"").append(format(y - m)).append("\" x2=\"").append(x).append("\" y2=\"")
                        .append(format(y + m)).append("\" stroke=\"").append(PALETTE[2]).append("\" stroke-width=\"2\"/>");
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(format(y)).append("\" r=\"4\" fill=\"").append(PALETTE[0])
                        .append("\"><title>").append(escape(p.getKey())).append(": ").append(format(nps.score())).append(" ± ")
                        .append(format(nps.marginOfError())).append(" (n = ").append(nps.n()).append(")</title></circle>");
                line.append(line.isEmpty() ? "M" : " L").append(x).append(' ').append(format(y));
            }
            svg.append("<text x=\"").append(x - 18).append("\" y=\"300\" font-size=\"11\">").append(escape(p.getKey())).append("</text>");
            x += 80;
        }
        if (!line.isEmpty()) {
            svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"").append(PALETTE[0]).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\">")
                .append("<title id=\"chart-title\">").append(escape(title)).append("</title><desc id=\"chart-desc\">").append(escape(description))
                .append("</desc>");
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
