#include "painting/export/exporter.h"

#include "painting/export/gifwriter.h"
#include "painting/export/svgfonts.h"
#include "painting/painters/summaryslidepainter.h"
#include "scenariorunner.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <cmath>

namespace notiflow::ui {

namespace {
using Result = Exporter::Result;
using Status = Result::Status;

// Raster exports beyond this many device pixels would need gigabytes; 8K at scale 2 is the largest allowed.
constexpr qint64 maximumPixels = qint64(7680) * 4320 * 2;

Result failure(Status status, QString error)
{
    Result r;
    r.status = status;
    r.error = std::move(error);
    return r;
}

Result cancelled()
{
    return failure(Status::Cancelled, Exporter::tr("export cancelled; nothing was written"));
}

Result written(QStringList files)
{
    Result r;
    r.status = Status::Written;
    r.files = std::move(files);
    return r;
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A path that cannot be written, found before anything is written (a missing or unwritable folder): bad input.
Result cannotWrite(const QString& path, const QString& reason)
{
    return failure(Status::BadInput, Exporter::tr("cannot write %1: %2").arg(nativePath(path), reason));
}

// Writing started and then failed (a full disk, a folder that went away): nothing is left behind, but it is a
// failure of the machine rather than of the request.
Result writeFailed(const QString& path, const QString& reason)
{
    return failure(Status::Failed, Exporter::tr("failed writing %1: %2").arg(nativePath(path), reason));
}

// PNG is encoded in memory and then written. Handing libpng a file that fails mid-write makes it longjmp out of
// Qt's PNG writer, which leaks the writer's buffers (LeakSanitizer sees it); a failed write of plain bytes is
// reported by QSaveFile instead.
QByteArray encodePng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

// Writes all of bytes or says why not.
bool writeAll(QSaveFile& file, const QByteArray& bytes)
{
    return !bytes.isEmpty() && file.write(bytes) == bytes.size();
}

QString shortWriteReason(const QSaveFile& file)
{
    return file.error() != QFileDevice::NoError ? file.errorString() : Exporter::tr("only part of it could be written");
}

bool report(const Exporter::Progress& progress, int done, int total)
{
    return !progress || progress(done, total);
}

// Commits a QSaveFile, naming the path on failure (a full disk, a folder that went away). QSaveFile refuses to commit
// after a write that failed in write() only; one that failed while flushing (QTextStream, which the SVG generator
// writes through, flushes by itself) shows in error() alone, and committing would keep a truncated file.
Result commit(QSaveFile& file, const QString& path)
{
    if (file.error() != QFileDevice::NoError || !file.commit())
        return writeFailed(path, file.errorString());
    return written({ path });
}

QString frameFileName(int number)
{
    return QStringLiteral("frame-%1.png").arg(number, 4, 10, QLatin1Char('0'));
}

// A folder that a previous sequence export wrote: only frame-NNNN.png files. Replacing it loses nothing else.
bool holdsOnlyFrames(const QDir& folder)
{
    static const QRegularExpression frame(QStringLiteral("^frame-\\d{4,}\\.png$"));
    const auto entries = folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    return std::all_of(entries.begin(), entries.end(),
        [](const QFileInfo& e) { return e.isFile() && frame.match(e.fileName()).hasMatch(); });
}
} // namespace

std::optional<Exporter::Format> Exporter::formatOf(const QString& path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    if (path.endsWith(QLatin1Char('/')) || path.endsWith(QDir::separator()) || info.isDir())
        return Format::PngSequence;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("gif"))
        return Format::Gif;
    if (suffix.isEmpty())
        return Format::PngSequence;
    return std::nullopt;
}

QString Exporter::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("PNG");
    case Format::Svg:
        return tr("SVG");
    case Format::Pdf:
        return tr("PDF");
    case Format::Gif:
        return tr("animated GIF");
    case Format::PngSequence:
        return tr("PNG sequence");
    }
    return {};
}

QString Exporter::validate(const QString& path, const Options& options)
{
    if (path.isEmpty())
        return tr("no file to export to");
    const auto format = formatOf(path);
    if (!format) {
        return tr("%1: cannot tell the format from \".%2\"; use .png, .svg, .pdf, .gif or a folder")
            .arg(nativePath(path), QFileInfo(path).suffix());
    }
    const QSize size = options.frame.size;
    const QSize low = ComparisonFrame::minimumSize;
    const QSize high = ComparisonFrame::maximumSize;
    if (size.width() < low.width() || size.height() < low.height() || size.width() > high.width()
        || size.height() > high.height()) {
        return tr("a size of %1×%2 is outside %3×%4 to %5×%6")
            .arg(size.width())
            .arg(size.height())
            .arg(low.width())
            .arg(low.height())
            .arg(high.width())
            .arg(high.height());
    }
    if (options.scale < 1 || options.scale > maximumScale)
        return tr("the scale must be 1 to %1, not %2").arg(maximumScale).arg(options.scale);
    const bool raster = *format != Format::Svg && *format != Format::Pdf;
    if (raster && qint64(size.width()) * size.height() * options.scale * options.scale > maximumPixels) {
        return tr("%1×%2 at scale %3 is too many pixels; use a smaller size or scale")
            .arg(size.width())
            .arg(size.height())
            .arg(options.scale);
    }
    if (options.summary && holdsAllSteps(*format)) {
        return tr("%1: the summary is one picture; use .png, .svg or .pdf").arg(nativePath(path));
    }
    if (options.summary && options.allSteps)
        return tr("the summary is one picture of the whole run; it has no steps to export");
    if (options.allSteps && holdsOneStep(*format)) {
        return tr("%1: a %2 holds one step; for all steps use .pdf, .gif or a folder")
            .arg(nativePath(path), formatName(*format));
    }
    return {};
}

Exporter::Exporter(std::shared_ptr<const Comparison> comparison, const Options& options)
    : m_options(options)
    , m_frame(std::move(comparison), options.frame)
{
}

std::vector<double> Exporter::playheads(Format format) const
{
    const bool all = holdsAllSteps(format) || (m_options.allSteps && format == Format::Pdf);
    const int steps = m_frame.stepCount();
    if (!all || steps == 0) {
        const double end = m_frame.timeline().duration();
        return { m_options.playhead < 0 ? end : std::clamp(m_options.playhead, 0.0, end) };
    }
    std::vector<double> result;
    for (int k = 1; k <= steps; ++k)
        result.push_back(ComparisonFrame::playheadOfStep(k));
    return result;
}

QImage Exporter::render(double playhead) const
{
    const int scale = std::clamp(m_options.scale, 1, maximumScale);
    QImage image(m_frame.options().size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(m_frame.palette().color(QPalette::Window));
    QPainter painter(&image);
    paintPicture(&painter, playhead);
    return image;
}

void Exporter::paintPicture(QPainter* painter, double playhead) const
{
    if (!m_options.summary) {
        m_frame.paint(painter, playhead);
        return;
    }
    // The frame's theme and font family; the slide sizes its text to the picture itself.
    SummarySlidePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(m_frame.options().size)), m_frame.comparison(),
        m_frame.palette(), m_frame.font());
}

Exporter::Result Exporter::write(const QString& path, const Progress& progress) const
{
    if (const QString problem = validate(path, m_options); !problem.isEmpty())
        return failure(Status::BadInput, problem);
    switch (*formatOf(path)) {
    case Format::Png:
        return writePng(path, progress);
    case Format::Svg:
        return writeSvg(path, progress);
    case Format::Pdf:
        return writePdf(path, progress);
    case Format::Gif:
        return writeGif(path, progress);
    case Format::PngSequence:
        return writeSequence(path, progress);
    }
    return failure(Status::Failed, tr("unknown format"));
}

Exporter::Result Exporter::writePng(const QString& path, const Progress& progress) const
{
    if (!report(progress, 0, 1))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (!writeAll(file, encodePng(render(playheads(Format::Png).front()))))
        return writeFailed(path, shortWriteReason(file));
    if (!report(progress, 1, 1))
        return cancelled(); // the QSaveFile is discarded uncommitted
    return commit(file, path);
}

Exporter::Result Exporter::writeSvg(const QString& path, const Progress& progress) const
{
    if (!report(progress, 0, 1))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    const QSize size = m_frame.options().size;
    // Generated in memory, then written: the generator writes through a QTextStream, which stops at a short write
    // without telling anyone, so a full disk would otherwise leave a truncated file that looks complete.
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&bytes);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(qRound(ComparisonFrame::fontDpi()));
    svg.setTitle(m_frame.titleText());
    const double playhead = playheads(Format::Svg).front();
    svg.setDescription(m_options.summary ? tr("Summary of both runs") : m_frame.stepText(playhead));
    QPainter painter;
    if (!painter.begin(&svg))
        return writeFailed(path, tr("the SVG generator did not start"));
    paintPicture(&painter, playhead);
    painter.end();
    if (!writeAll(file, SvgFonts::withFallbacks(bytes.data())))
        return writeFailed(path, shortWriteReason(file));
    if (!report(progress, 1, 1))
        return cancelled();
    return commit(file, path);
}

Exporter::Result Exporter::writePdf(const QString& path, const Progress& progress) const
{
    const std::vector<double> pages = playheads(Format::Pdf);
    const int total = static_cast<int>(pages.size());
    if (!report(progress, 0, total))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    // A page of the frame's proportions, a pixel being 1/96 inch: a slide, which prints as a landscape handout.
    const QSize size = m_frame.options().size;
    const qreal dpi = ComparisonFrame::fontDpi();
    bool cancel = false;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(qRound(dpi));
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(m_frame.titleText());
        pdf.setCreator(QStringLiteral("notiflow"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return writeFailed(path, tr("the PDF writer did not start"));
        const qreal scale = pdf.width() / qreal(size.width());
        for (int i = 0; i < total && !cancel; ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.scale(scale, scale);
            paintPicture(&painter, pages[static_cast<std::size_t>(i)]);
            painter.restore();
            cancel = !report(progress, i + 1, total);
        }
        painter.end();
    }
    if (cancel)
        return cancelled();
    return commit(file, path);
}

Exporter::Result Exporter::writeGif(const QString& path, const Progress& progress) const
{
    const std::vector<double> frames = playheads(Format::Gif);
    const int total = static_cast<int>(frames.size());
    if (!report(progress, 0, total))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    GifWriter gif(&file);
    if (!gif.begin(m_frame.options().size * std::clamp(m_options.scale, 1, maximumScale)))
        return writeFailed(path, gif.errorString());
    for (int i = 0; i < total; ++i) {
        const int delay = i + 1 == total ? gifLastFrameDelayMs : gifFrameDelayMs;
        if (!gif.addFrame(render(frames[static_cast<std::size_t>(i)]), delay))
            return writeFailed(path, gif.errorString());
        if (!report(progress, i + 1, total))
            return cancelled();
    }
    if (!gif.finish())
        return writeFailed(path, gif.errorString());
    return commit(file, path);
}

Exporter::Result Exporter::writeSequence(const QString& path, const Progress& progress) const
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(target);
    if (info.exists() && !info.isDir())
        return cannotWrite(path, tr("it is a file, not a folder"));
    if (info.isDir() && !holdsOnlyFrames(QDir(target)))
        return cannotWrite(path, tr("the folder holds other files; choose a new or empty folder"));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir())
        return cannotWrite(path, tr("the folder %1 does not exist").arg(nativePath(parent)));

    // Frames go into a hidden sibling folder that is renamed into place at the end, or removed on failure.
    QTemporaryDir staging(parent + QStringLiteral("/.") + info.fileName() + QStringLiteral("-XXXXXX"));
    if (!staging.isValid())
        return cannotWrite(path, staging.errorString());
    const std::vector<double> frames = playheads(Format::PngSequence);
    const int total = static_cast<int>(frames.size());
    if (!report(progress, 0, total))
        return cancelled();
    QStringList names;
    for (int i = 0; i < total; ++i) {
        const QString name = frameFileName(i + 1);
        QSaveFile file(staging.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || !writeAll(file, encodePng(render(frames[static_cast<std::size_t>(i)])))
            || !file.commit())
            return writeFailed(path, shortWriteReason(file));
        names << name;
        if (!report(progress, i + 1, total))
            return cancelled();
    }

    // A previous sequence in the way is moved aside first, so that a failed rename can put it back.
    QString previous;
    if (info.isDir()) {
        QTemporaryDir aside(parent + QStringLiteral("/.") + info.fileName() + QStringLiteral("-old-XXXXXX"));
        if (!aside.isValid() || !QDir().rmdir(aside.path()) || !QDir().rename(target, aside.path()))
            return writeFailed(path, tr("cannot move the previous frames aside"));
        aside.setAutoRemove(false);
        previous = aside.path();
    }
    if (!QDir().rename(staging.path(), target)) {
        if (!previous.isEmpty())
            QDir().rename(previous, target);
        return writeFailed(path, tr("cannot rename %1 into place").arg(nativePath(staging.path())));
    }
    staging.setAutoRemove(false);
    if (!previous.isEmpty())
        QDir(previous).removeRecursively();

    QStringList files;
    for (const QString& name : names)
        files << QDir(target).filePath(name);
    return written(files);
}

} // namespace notiflow::ui
