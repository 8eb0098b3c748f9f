// The metrics slide of presentation mode: the headline figures of both runs and the "Data & rules" comparison
// (foreign data domains per service, who evaluated each rule), sized for a projector, into any QPainter.
#pragma once

#include "painting/painters/slidelayout.h"

#include <QCoreApplication>

class QPainter;
class QPalette;

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class MetricsSlidePainter final {
    Q_DECLARE_TR_FUNCTIONS(MetricsSlidePainter)

public:
    // `hint`, when not empty, is a line at the end saying how to return (the window's keys).
    static SlideLayout layout(
        const QRectF& rect, const Comparison& comparison, const QFont& font, const QString& hint = {});
    static void paint(QPainter* painter, const QRectF& rect, const Comparison& comparison, const QPalette& palette,
        const QFont& font, const QString& hint = {});
};

} // namespace notiflow::ui
