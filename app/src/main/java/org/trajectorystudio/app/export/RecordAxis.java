package org.trajectorystudio.app.export;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A count axis: whole numbers only, from zero to a round value at or above the highest bar. */
final class RecordAxis {
    private RecordAxis() {}

    static void fit(NumberAxis axis, long highest) {
        long unit = tickUnit(highest);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(unit, ((highest + unit - 1) / unit) * unit));
        axis.setTickUnit(unit);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.format(java.util.Locale.ROOT, "%,d", Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
    }

    /** 1, 2, 5, 10, 20, 50 … so that about five ticks cover the range, never less than one record. */
    static long tickUnit(long highest) {
        long decade = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * decade * 5 >= highest) {
                    return step * decade;
                }
            }
            decade *= 10;
        }
    }
}
