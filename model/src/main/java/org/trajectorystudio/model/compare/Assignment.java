package org.trajectorystudio.model.compare;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one matching of rows to columns (Hungarian algorithm, O(k³) for k = max(rows, columns)).
 * Used to compare unordered collections, parallel tool calls and argument arrays, which are small.
 */
final class Assignment {
    private Assignment() {}

    /** The largest total weight of a matching; weights are in [0, 1], so every row of the smaller side gets a partner. */
    static double maxTotal(double[][] weights, int rows, int columns) {
        if (rows == 0 || columns == 0) {
            return 0.0;
        }
        if (rows > columns) {
            return maxTotal(transpose(weights, rows, columns), columns, rows);
        }
        if (rows == 1) {
            double best = 0.0;
            for (int j = 0; j < columns; j++) {
                best = Math.max(best, weights[0][j]);
            }
            return best;
        }
        return hungarian(weights, rows, columns);
    }

    /** The classic potentials formulation on costs −w, rows ≤ columns, 1-based internally. */
    private static double hungarian(double[][] weights, int rows, int columns) {
        double[] rowPotential = new double[rows + 1];
        double[] columnPotential = new double[columns + 1];
        int[] rowOfColumn = new int[columns + 1];
        int[] previous = new int[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] slack = new double[columns + 1];
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[columns + 1];
            do {
                used[column] = true;
                int currentRow = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int nextColumn = 0;
                for (int j = 1; j <= columns; j++) {
                    if (!used[j]) {
                        double reduced = -weights[currentRow - 1][j - 1] - rowPotential[currentRow] - columnPotential[j];
                        if (reduced < slack[j]) {
                            slack[j] = reduced;
                            previous[j] = column;
                        }
                        if (slack[j] < delta) {
                            delta = slack[j];
                            nextColumn = j;
                        }
                    }
                }
                for (int j = 0; j <= columns; j++) {
                    if (used[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = nextColumn;
            } while (rowOfColumn[column] != 0);
            do {
                int before = previous[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            } while (column != 0);
        }
        double total = 0.0;
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] != 0) {
                total += weights[rowOfColumn[j] - 1][j - 1];
            }
        }
        return total;
    }

    private static double[][] transpose(double[][] weights, int rows, int columns) {
        double[][] transposed = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j][i] = weights[i][j];
            }
        }
        return transposed;
    }
}
