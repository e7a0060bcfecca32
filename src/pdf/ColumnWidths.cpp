#include "ColumnWidths.h"

#include <algorithm>
#include <numeric>

namespace reclama::pdf {

namespace {

// Moves `amount` (positive: widen, negative: narrow) across the columns in proportion to their
// weights, no column passing its limit (ceiling when widening, floor when narrowing). Returns
// what could not be moved.
double Spread(std::vector<double>& width, const std::vector<double>& weight, const std::vector<double>& limit,
              double amount) {
    const double sign = amount > 0 ? 1 : -1;
    double left = amount * sign;
    while (left > 1e-9) {
        double weights = 0;
        for (std::size_t i = 0; i < width.size(); ++i)
            if ((limit[i] - width[i]) * sign > 1e-9) weights += weight[i];
        if (weights == 0) break;
        // The largest rate every column still free can take without passing its limit.
        double rate = left / weights;
        for (std::size_t i = 0; i < width.size(); ++i)
            if ((limit[i] - width[i]) * sign > 1e-9) rate = std::min(rate, (limit[i] - width[i]) * sign / weight[i]);
        for (std::size_t i = 0; i < width.size(); ++i) {
            if ((limit[i] - width[i]) * sign <= 1e-9) continue;
            width[i] += sign * rate * weight[i];
            left -= rate * weight[i];
        }
    }
    return left * sign;
}

} // namespace

std::vector<double> ColumnWidths(const std::vector<ColumnNeeds>& columns, double total, double maxWordShare) {
    const std::size_t n = columns.size();
    std::vector<double> weight(n), floor(n), ceiling(n), width(n);
    if (n == 0) return width;
    for (std::size_t i = 0; i < n; ++i) {
        weight[i] = columns[i].weight > 0 ? columns[i].weight : 1;
        floor[i] = std::min(columns[i].longestWord, total * maxWordShare);
        ceiling[i] = std::max(floor[i], columns[i].longestText);
    }
    double floors = std::accumulate(floor.begin(), floor.end(), 0.0);
    if (floors >= total) { // even the words do not fit: share in proportion to them
        for (std::size_t i = 0; i < n; ++i) width[i] = floors > 0 ? total * floor[i] / floors : total / n;
        return width;
    }
    // The document's shares, each column then held between its longest word and its longest text;
    // what that took or freed is spread over the other columns by weight.
    double weights = std::accumulate(weight.begin(), weight.end(), 0.0);
    for (std::size_t i = 0; i < n; ++i) width[i] = std::clamp(total * weight[i] / weights, floor[i], ceiling[i]);
    double change = total - std::accumulate(width.begin(), width.end(), 0.0);
    if (change > 0) {
        double left = Spread(width, weight, ceiling, change);
        // Every column holds its longest text: the rest goes to all by weight.
        for (std::size_t i = 0; i < n; ++i) width[i] += left * weight[i] / weights;
    } else if (change < 0) {
        Spread(width, weight, floor, change); // floors fit (checked above), so this always succeeds
    }
    return width;
}

} // namespace reclama::pdf
