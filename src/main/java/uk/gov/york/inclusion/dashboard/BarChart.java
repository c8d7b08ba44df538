package uk.gov.york.inclusion.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart laid out on the server, so the page draws it as inline SVG without a script and prints it as
 * shown. Each group is a row of the chart's table: its label and one formatted value per series.
 */
public record BarChart(String id, String title, List<Series> series, List<Group> groups, int width, int height) {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 190;
    static final int BAR_AREA = 400;
    static final int BAR_HEIGHT = 18;
    static final int BAR_GAP = 2;
    static final int GROUP_GAP = 16;

    /** A named set of values, one per group, drawn in one colour. */
    public record Series(String name, String cssClass, List<BigDecimal> values) {}

    /** One row of the chart: a label and a bar per series. */
    public record Group(String label, int labelY, List<Bar> bars) {}

    /** One bar with its value written after it; {@code text} is the value as the table shows it. */
    public record Bar(String seriesName, String cssClass, int x, int y, int length, int height, String text) {

        public int textX() {
            return x + length + 6;
        }

        public int textY() {
            return y + height - 4;
        }
    }

    /** Returns whether every value is zero or below, so no bar would be drawn. */
    public boolean isEmpty() {
        return series.stream().flatMap(each -> each.values().stream()).allMatch(value -> value.signum() <= 0);
    }

    /** Lays out the chart; values below zero are drawn as empty bars but still written as they are. */
    public static BarChart of(
            String id, String title, List<String> labels, List<Series> series, Function<BigDecimal, String> format) {
        BigDecimal maximum = series.stream()
                .flatMap(each -> each.values().stream())
                .max(BigDecimal::compareTo)
                .filter(value -> value.signum() > 0)
                .orElse(BigDecimal.ONE);
        int groupHeight = series.size() * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;

        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int top = i * groupHeight;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Series current = series.get(s);
                BigDecimal value = current.values().get(i);
                bars.add(new Bar(
                        current.name(),
                        current.cssClass(),
                        LABEL_WIDTH,
                        top + s * (BAR_HEIGHT + BAR_GAP),
                        length(value, maximum),
                        BAR_HEIGHT,
                        format.apply(value)));
            }
            groups.add(new Group(labels.get(i), top + BAR_HEIGHT - 4, bars));
        }
        return new BarChart(id, title, series, groups, WIDTH, Math.max(groupHeight * labels.size(), BAR_HEIGHT));
    }

    private static int length(BigDecimal value, BigDecimal maximum) {
        if (value.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(BAR_AREA))
                .divide(maximum, 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
