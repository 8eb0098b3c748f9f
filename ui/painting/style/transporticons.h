// The transport's icons (start, back, play, pause, forward, end, leave presentation, the debugger moves), drawn from
// the palette at any size, so they read on every theme: the style's stock media icons look disabled on a dark palette.
#pragma once

#include <QIcon>
#include <QPalette>

class QPainter;

namespace notiflow::ui {

class TransportIcons final {
public:
    enum class Glyph {
        Start,
        Back,
        Play,
        Pause,
        Forward,
        End,
        LeavePresentation,
        // The debugger moves: over a call, out of it, to the next or previous notification.
        StepOver,
        StepOut,
        NextNotification,
        PreviousNotification,
    };

    // An icon whose normal and active modes use the palette's button text, the disabled mode its disabled text.
    static QIcon icon(Glyph glyph, const QPalette& palette);
    // Draws the glyph in `color`, centred in `rect` with a margin; the icon engine and tests call it.
    static void paint(QPainter* painter, const QRectF& rect, Glyph glyph, const QColor& color);
};

} // namespace notiflow::ui
