// The summary slide: per architecture the headline figures of the run (and what the faults did) in large type,
// each with one sentence saying what differs (SummaryFigures), into any QPainter: the window and --summary exports.
#pragma once

#include "painting/painters/slidelayout.h"

#include <QCoreApplication>

class QPainter;
class QPalette;

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class SummarySlidePainter final {
    Q_DECLARE_TR_FUNCTIONS(SummarySlidePainter)

public:
    // `hint`, when not empty, is a line at the end saying how to return (the window's keys).
    static SlideLayout layout(
        const QRectF& rect, const Comparison& comparison, const QFont& font, const QString& hint = {});
    static void paint(QPainter* painter, const QRectF& rect, const Comparison& comparison, const QPalette& palette,
        const QFont& font, const QString& hint = {});
};

} // namespace notiflow::ui
