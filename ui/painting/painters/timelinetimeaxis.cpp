#include "painting/painters/timelinetimeaxis.h"

#include "run.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace notiflow::ui {

double TimelineTimeAxis::niceAtLeast(double ms)
{
    if (!(ms > 1)) // also NaN
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(ms)));
    for (const double f : { 1.0, 2.0, 5.0, 10.0 }) {
        // A little slack: 1000 computed as 999.9999 must stay 1000, not become 2000.
        if (ms <= f * decade * (1 + 1e-9))
            return f * decade;
    }
    return 10 * decade;
}

TimelineTimeAxis::Scale TimelineTimeAxis::scaleFor(std::initializer_list<const Run*> runs, double rowsPerStep)
{
    // Positive advances from one recorded step to the next, by power of two: bucket b holds [2^b, 2^(b+1)).
    std::array<std::int64_t, 64> buckets {};
    std::int64_t advances = 0;
    std::int64_t span = 0;
    std::size_t steps = 0;
    for (const Run* run : runs) {
        if (!run)
            continue;
        span = std::max(span, run->endMs);
        steps = std::max(steps, run->steps.size());
        for (std::size_t i = 1; i < run->steps.size(); ++i) {
            const std::int64_t d = run->steps[i].atMs - run->steps[i - 1].atMs;
            if (d > 0) {
                ++buckets[static_cast<std::size_t>(std::bit_width(static_cast<std::uint64_t>(d)) - 1)];
                ++advances;
            }
        }
        for (const Step& s : run->steps) // a run's end may lie past its last step's start (a send's duration)
            span = std::max(span, std::max(s.atMs + std::max<std::int64_t>(0, s.durationMs), s.endMs));
    }
    double typical = 1;
    std::int64_t seen = 0;
    for (std::size_t b = 0; b < buckets.size() && advances > 0; ++b) {
        seen += buckets[b];
        if (seen * 2 >= advances) {
            typical = std::ldexp(1.0, static_cast<int>(b));
            break;
        }
    }
    const double rows = rowsPerStep * static_cast<double>(steps) + 40;
    return { niceAtLeast(std::max(typical, static_cast<double>(span) / rows)), span };
}

double TimelineTimeAxis::tickMs(double msPerRow, double minRows)
{
    return niceAtLeast(msPerRow * minRows);
}

QString TimelineTimeAxis::tickLabel(std::int64_t ms, Unit unit, double tickMs)
{
    if (unit == Unit::Milliseconds)
        return QStringLiteral("%1 ms").arg(ms);
    const int decimals = tickMs >= 1000 ? 0 : tickMs >= 100 ? 1 : tickMs >= 10 ? 2 : 3;
    return QStringLiteral("%1 s").arg(QString::number(static_cast<double>(ms) / 1000.0, 'f', decimals));
}

QString TimelineTimeAxis::durationText(std::int64_t ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    const double s = static_cast<double>(ms) / 1000.0;
    const int decimals = ms < 10000 ? 2 : ms < 100000 ? 1 : 0;
    return QStringLiteral("%1 s").arg(QString::number(s, 'f', decimals));
}

} // namespace notiflow::ui
