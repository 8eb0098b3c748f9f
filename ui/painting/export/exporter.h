// Writes comparison frames to files, the format chosen by the path: .png (one step, scale 1-4), .svg (one step,
// text kept as text), .pdf (one step, or all steps one per page), .gif (all steps, one frame each) or a folder
// (all steps as frame-0001.png...); or the summary slide instead of a frame (.png, .svg, .pdf). Files appear
// atomically: an error or a cancel leaves nothing behind.
#pragma once

#include "painting/export/comparisonframe.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace notiflow::ui {

class Exporter final {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Format { Png, Svg, Pdf, Gif, PngSequence };

    struct Options {
        ComparisonFrame::Options frame;
        int scale = 1; // device pixels per logical pixel, for PNG, GIF and sequences: 1 to 4
        bool allSteps = false;
        double playhead = -1; // the moment exported when !allSteps; negative: the final step
        // The summary slide (SummarySlidePainter) instead of a comparison frame: one picture of the whole run, in
        // the frame's size and theme; PNG, SVG or PDF.
        bool summary = false;
    };
    static constexpr int maximumScale = 4;
    static constexpr int gifFrameDelayMs = 1500;
    static constexpr int gifLastFrameDelayMs = 4000;

    // ".png" → Png ... ; a path ending in a separator, an existing folder, or no extension → PngSequence.
    static std::optional<Format> formatOf(const QString& path);
    static QString formatName(Format format); // "PNG", "PNG sequence"
    static bool holdsOneStep(Format format) { return format == Format::Png || format == Format::Svg; }
    static bool holdsAllSteps(Format format) { return format == Format::Gif || format == Format::PngSequence; }

    // Whether options and path go together; the message names the problem and the path. Empty when fine.
    static QString validate(const QString& path, const Options& options);

    // Progress: frames done so far and in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    struct Result {
        // BadInput: the request or the path cannot work, found before anything is written (command line exit 2).
        // Failed: writing started and then failed, a full disk for one (exit 1). Either way nothing is left behind.
        enum class Status { Written, BadInput, Cancelled, Failed };
        Status status = Status::Failed;
        QString error; // names the path
        QStringList files; // what was written: the file, or the folder's frames
        bool ok() const { return status == Status::Written; }
    };

    Exporter(std::shared_ptr<const Comparison> comparison, const Options& options);

    const ComparisonFrame& frame() const { return m_frame; }
    // The playheads exported to `format`: one for a single step, every shared step's final frame for all steps.
    std::vector<double> playheads(Format format) const;

    Result write(const QString& path, const Progress& progress = {}) const;

    // One frame as an image of size × scale with that device pixel ratio.
    QImage render(double playhead) const;

private:
    Result writePng(const QString& path, const Progress& progress) const;
    Result writeSvg(const QString& path, const Progress& progress) const;
    Result writePdf(const QString& path, const Progress& progress) const;
    Result writeGif(const QString& path, const Progress& progress) const;
    Result writeSequence(const QString& path, const Progress& progress) const;
    void paintPicture(QPainter* painter, double playhead) const; // the frame at `playhead`, or the summary

    Options m_options;
    ComparisonFrame m_frame;
};

} // namespace notiflow::ui
