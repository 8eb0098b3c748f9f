// Comparison pictures: the frame's layout, every export format read back (PNG sizes, SVG text, PDF pages, GIF
// frames, PNG sequences), atomic writes on errors and cancels, and the frame matching the window's rendering.
#include "painting/charts/datarulescharts.h"
#include "painting/charts/summaryfigures.h"
#include "painting/export/comparisonframe.h"
#include "painting/export/exporter.h"
#include "painting/export/svgfonts.h"
#include "painting/painters/timelinetimeaxis.h"
#include "painting/painters/timelinewaits.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "painting/style/panelpalette.h"
#include "painting/style/theme.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/dialogs/exportpreview.h"
#include "widgets/views/flowview.h"
#include "widgets/views/timelineview.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <csignal>
#include <gif_lib.h>
#include <sys/resource.h>

using namespace notiflow;
using namespace notiflow::ui;

namespace {
// Every file and folder under `dir`, hidden ones included: what an export left behind.
QStringList contentsOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

int countPdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // Page objects are "/Type /Page"; the page tree's root is "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(file.readAll()).count(page));
}

// All character data of <text> elements, whitespace normalised; empty with `error` set if it is not XML.
QString svgText(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString text;
    int depth = 0; // inside a <text> element
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            --depth;
            text += QLatin1Char(' ');
        } else if (xml.isCharacters() && depth > 0)
            text += xml.text();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return text.simplified();
}

int differingPixels(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return -1;
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            count += p[col] != q[col];
    }
    return count;
}

// While alive, files this process writes may not grow past `bytes`, and a write past it fails with EFBIG instead of
// raising SIGXFSZ: a disk that fills up in the middle of an export, without needing a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = m_ok && m_handler != SIG_ERR && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool isActive() const { return m_ok; }

private:
    rlimit m_saved {};
    void (*m_handler)(int) = SIG_DFL;
    bool m_ok = false;
};
} // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void geometryKeepsRegionsApart_data();
    void geometryKeepsRegionsApart();
    void formatFromPath_data();
    void formatFromPath();
    void validateRejectsBadRequests_data();
    void validateRejectsBadRequests();
    void pngScaleMultipliesSize_data();
    void pngScaleMultipliesSize();
    void svgKeepsTextAsText_data();
    void svgKeepsTextAsText();
    void svgNamesRealFontFamilies();
    void svgHatchingIsDrawnAsLines();
    void pdfHasOnePagePerStep_data();
    void pdfHasOnePagePerStep();
    void gifHasOneFramePerStep();
    void sequenceWritesNumberedFrames();
    void sequenceKeepsAFolderOfOtherFiles();
    void unwritablePathLeavesNothing_data();
    void unwritablePathLeavesNothing();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void writeErrorFailsAndLeavesNothing_data();
    void writeErrorFailsAndLeavesNothing();
    void notificationListsFollowThePlayhead();
    void withMetricsIncludesDataAndRules_data();
    void withMetricsIncludesDataAndRules();
    void timelineTimeDrawsAxisAndWaits_data();
    void timelineTimeDrawsAxisAndWaits();
    void summaryIsOnePictureOfTheRun_data();
    void summaryIsOnePictureOfTheRun();
    void summaryRefusesStepsAndBadPaths_data();
    void summaryRefusesStepsAndBadPaths();
    void frameMatchesTheWindow_data();
    void frameMatchesTheWindow();
    void dialogKeepsFormatAndPathTogether();
    void dialogExportsWhatItPreviews();

private:
    Exporter::Options options(QSize size = { 960, 540 }) const;
    std::shared_ptr<const Comparison> m_priceDrop;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the dialog's remembered choices go to a throwaway place
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export"));
    Workspace workspace;
    workspace.loadBuiltin();
    const Scenario* scenario = workspace.scenario(QStringLiteral("price-drop"));
    QVERIFY(scenario);
    m_priceDrop = workspace.compare(*scenario);
    QVERIFY(m_dir.isValid());
}

Exporter::Options TestExport::options(QSize size) const
{
    Exporter::Options o;
    o.frame.size = size;
    return o;
}

void TestExport::geometryKeepsRegionsApart_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("withMetrics");
    for (const QSize size : { QSize(640, 360), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160) }) {
        for (const bool metrics : { false, true }) {
            const QString name = QStringLiteral("%1x%2%3")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(metrics ? QStringLiteral(" metrics") : QString());
            QTest::newRow(qPrintable(name)) << size << metrics;
        }
    }
}

void TestExport::geometryKeepsRegionsApart()
{
    QFETCH(QSize, size);
    QFETCH(bool, withMetrics);
    ComparisonFrame::Options o;
    o.size = size;
    o.withMetrics = withMetrics;
    const ComparisonFrame frame(m_priceDrop, o);
    const ComparisonFrameGeometry& g = frame.geometry();
    const QRect whole(QPoint(0, 0), size);
    std::vector<QRect> regions { g.title(), g.legend() };
    if (withMetrics)
        regions.push_back(g.metrics());
    else
        QVERIFY(g.metrics().isEmpty());
    for (Architecture a : allArchitectures) {
        const auto& p = g.pane(a);
        for (const QRect& r : { p.header, p.flow, p.timeline, p.caption })
            QVERIFY2(p.outline.contains(r), qPrintable(QStringLiteral("a part of the pane sticks out")));
        regions.insert(regions.end(), { p.header, p.flow, p.timeline, p.caption });
        if (!withMetrics)
            QVERIFY(p.notifications.isEmpty());
        else if (size.height() >= 720)
            QVERIFY(!p.notifications.isEmpty()); // dropped only when a small slide has no room for them
        if (!p.notifications.isEmpty()) {
            QVERIFY(p.outline.contains(p.notifications));
            regions.push_back(p.notifications);
        }
        QVERIFY2(p.flow.height() > size.height() / 6, "the flow must keep a good part of the slide");
        QVERIFY(p.timeline.height() > size.height() / 8);
    }
    for (std::size_t i = 0; i < regions.size(); ++i) {
        QVERIFY(!regions[i].isEmpty());
        QVERIFY(whole.contains(regions[i]));
        for (std::size_t j = i + 1; j < regions.size(); ++j)
            QVERIFY2(!regions[i].intersects(regions[j]),
                qPrintable(QStringLiteral("regions %1 and %2 overlap").arg(i).arg(j)));
    }
    // The two panes are the same size, side by side.
    QCOMPARE(g.pane(Architecture::EventSourced).flow.size(), g.pane(Architecture::ApiDriven).flow.size());
    QVERIFY(g.pane(Architecture::EventSourced).outline.right() < g.pane(Architecture::ApiDriven).outline.left());
}

void TestExport::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << "a/b.png" << int(Exporter::Format::Png);
    QTest::newRow("upper case") << "B.PNG" << int(Exporter::Format::Png);
    QTest::newRow("svg") << "b.svg" << int(Exporter::Format::Svg);
    QTest::newRow("pdf") << "b.pdf" << int(Exporter::Format::Pdf);
    QTest::newRow("gif") << "b.gif" << int(Exporter::Format::Gif);
    QTest::newRow("trailing slash") << "frames.d/" << int(Exporter::Format::PngSequence);
    QTest::newRow("no extension") << "frames" << int(Exporter::Format::PngSequence);
    QTest::newRow("bmp") << "b.bmp" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestExport::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto f = Exporter::formatOf(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestExport::validateRejectsBadRequests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("allSteps");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("fine") << "a.png" << QSize(1920, 1080) << 4 << false << "";
    QTest::newRow("all steps in a pdf") << "a.pdf" << QSize(1920, 1080) << 1 << true << "";
    QTest::newRow("all steps in a png") << "a.png" << QSize(1920, 1080) << 1 << true << "a.png";
    QTest::newRow("all steps in an svg") << "a.svg" << QSize(1920, 1080) << 1 << true << "a.svg";
    QTest::newRow("scale 0") << "a.png" << QSize(1920, 1080) << 0 << false << "scale";
    QTest::newRow("scale 5") << "a.png" << QSize(1920, 1080) << 5 << false << "scale";
    QTest::newRow("too small") << "a.png" << QSize(320, 200) << 1 << false << "320×200";
    QTest::newRow("too large") << "a.svg" << QSize(9000, 5000) << 1 << false << "9000×5000";
    QTest::newRow("too many pixels") << "a.png" << QSize(7680, 4320) << 4 << false << "too many pixels";
    QTest::newRow("vector ignores the scale") << "a.svg" << QSize(7680, 4320) << 4 << false << "";
    QTest::newRow("unknown type") << "a.bmp" << QSize(1920, 1080) << 1 << false << ".bmp";
}

void TestExport::validateRejectsBadRequests()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(bool, allSteps);
    QFETCH(QString, message);
    Exporter::Options o = options(size);
    o.scale = scale;
    o.allSteps = allSteps;
    const QString problem = Exporter::validate(m_dir.filePath(file), o);
    if (message.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(message), qPrintable(problem));
}

void TestExport::pngScaleMultipliesSize_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("theme");
    QTest::newRow("1x light") << 1 << "light";
    QTest::newRow("2x light") << 2 << "light";
    QTest::newRow("2x dark") << 2 << "dark";
    QTest::newRow("3x high contrast") << 3 << "high-contrast";
}

void TestExport::pngScaleMultipliesSize()
{
    QFETCH(int, scale);
    QFETCH(QString, theme);
    Exporter::Options o = options({ 960, 540 });
    o.scale = scale;
    o.frame.theme = *Theme::fromId(theme);
    const QString path = m_dir.filePath(QStringLiteral("scale-%1-%2.png").arg(scale).arg(theme));
    const auto result = Exporter(m_priceDrop, o).write(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files, QStringList { path });
    const QImage image(path);
    QCOMPARE(image.size(), QSize(960 * scale, 540 * scale));
    // The theme reaches the picture: the background is the theme's window colour.
    const QColor window = Theme::palette(o.frame.theme, QPalette()).color(QPalette::Window);
    QCOMPARE(image.pixelColor(2, 2).rgb(), window.rgb());
}

void TestExport::svgKeepsTextAsText_data()
{
    QTest::addColumn<int>("step"); // shared step
    QTest::newRow("step 1") << 1;
    QTest::newRow("step 6") << 6;
    QTest::newRow("last step") << -1;
}

void TestExport::svgKeepsTextAsText()
{
    QFETCH(int, step);
    Exporter::Options o = options({ 1920, 1080 });
    Exporter exporterForSteps(m_priceDrop, o);
    const int shared = step < 0 ? exporterForSteps.frame().stepCount() : step;
    o.playhead = ComparisonFrame::playheadOfStep(shared);
    const Exporter exporter(m_priceDrop, o);
    const QString path = m_dir.filePath(QStringLiteral("step-%1.svg").arg(shared));
    const auto result = exporter.write(path);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QString error;
    const QString text = svgText(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ComparisonFrame& frame = exporter.frame();
    QVERIFY2(text.contains(frame.titleText()), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Step %1 of %2").arg(shared).arg(frame.stepCount())));
    for (Architecture a : allArchitectures) {
        // Both captions, and the label of the step each side is on (drawn on its timeline arrow).
        QVERIFY2(
            text.contains(frame.captionText(a, o.playhead).simplified()), qPrintable(frame.captionText(a, o.playhead)));
        const int s = frame.timeline().positionAt(a, o.playhead).step;
        const QString label = QString::fromStdString(m_priceDrop->run(a).steps[static_cast<std::size_t>(s)].label);
        QVERIFY2(text.contains(label), qPrintable(label));
    }
}

// A browser reads font-family as CSS: every family is a real, quoted one followed by a generic family.
void TestExport::svgNamesRealFontFamilies()
{
    const Exporter exporter(m_priceDrop, options({ 1280, 720 }));
    const QString path = m_dir.filePath(QStringLiteral("fonts.svg"));
    const auto result = exporter.write(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    static const QRegularExpression css(QStringLiteral("^'[^',]+', (sans-serif|monospace)$"));
    int families = 0;
    for (auto it = attribute.globalMatch(svg); it.hasNext(); ++families) {
        const QString value = it.next().captured(1);
        QVERIFY2(css.match(value).hasMatch(), qPrintable(value));
        QVERIFY2(!value.startsWith(QStringLiteral("'Sans Serif'")), qPrintable(value));
    }
    QVERIFY(families > 0);
    QCOMPARE(SvgFonts::cssFamily(QStringLiteral("Sans Serif")).endsWith(QStringLiteral(", sans-serif")), true);
}

// Qt's SVG writer turns a pattern brush into a solid fill: the API-driven swatch must still come out hatched, with
// both the hatch colour and the lighter ground inside it, as in a PNG.
void TestExport::svgHatchingIsDrawnAsLines()
{
    const PanelPalette colors { Theme::palette(ThemeChoice::Light, QPalette()) };
    const QRectF swatch(0, 0, 60, 60);
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&bytes);
    svg.setSize(QSize(60, 60));
    svg.setViewBox(QRect(0, 0, 60, 60));
    QPainter painter(&svg);
    colors.fillArchitecture(&painter, swatch, Architecture::ApiDriven);
    painter.end();

    QSvgRenderer renderer(bytes.data());
    QVERIFY(renderer.isValid());
    QImage image(60, 60, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter onImage(&image);
    renderer.render(&onImage);
    onImage.end();
    // Rendered with antialiasing, a 1-pixel diagonal line covers parts of two pixels: count a pixel as hatch when it
    // differs clearly from the ground (the lightest colour inside), as ground when it is the ground. A hatch written
    // as one solid fill, as Qt's SVG writer does with a pattern brush, has no hatch pixels at all.
    const auto distance = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    QColor ground = image.pixelColor(6, 6);
    for (int y = 6; y < 54; ++y)
        for (int x = 6; x < 54; ++x)
            if (image.pixelColor(x, y).lightness() > ground.lightness())
                ground = image.pixelColor(x, y);
    int nearHatch = 0;
    int lighter = 0;
    for (int y = 6; y < 54; ++y) {
        for (int x = 6; x < 54; ++x) {
            const int fromGround = distance(image.pixelColor(x, y), ground);
            if (fromGround > 60)
                ++nearHatch;
            else if (fromGround < 10)
                ++lighter;
        }
    }
    // And the hatch is the architecture's colour: the darkest pixel has gone a good part of the way to it.
    QColor darkest = ground;
    for (int y = 6; y < 54; ++y)
        for (int x = 6; x < 54; ++x)
            if (image.pixelColor(x, y).lightness() < darkest.lightness())
                darkest = image.pixelColor(x, y);
    const QColor hatch = colors.architectureColor(Architecture::ApiDriven);
    QVERIFY2(distance(darkest, hatch) < 0.6 * distance(ground, hatch),
        qPrintable(darkest.name() + QStringLiteral(" is not the hatch colour")));
    const int inside = 48 * 48;
    QVERIFY2(nearHatch > inside / 10 && lighter > inside / 4,
        qPrintable(QStringLiteral("hatch %1, ground %2 of %3 pixels").arg(nearHatch).arg(lighter).arg(inside)));
}

void TestExport::pdfHasOnePagePerStep_data()
{
    QTest::addColumn<bool>("allSteps");
    QTest::newRow("this step") << false;
    QTest::newRow("all steps") << true;
}

void TestExport::pdfHasOnePagePerStep()
{
    QFETCH(bool, allSteps);
    Exporter::Options o = options();
    o.allSteps = allSteps;
    const Exporter exporter(m_priceDrop, o);
    QVERIFY(exporter.frame().stepCount() > 10);
    const QString path = m_dir.filePath(allSteps ? QStringLiteral("all.pdf") : QStringLiteral("one.pdf"));
    int calls = 0;
    const auto result = exporter.write(path, [&](int, int) {
        ++calls;
        return true;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    const int expected = allSteps ? exporter.frame().stepCount() : 1;
    QCOMPARE(countPdfPages(path), expected);
    QCOMPARE(calls, expected + 1); // once before the first page, then after each
}

void TestExport::gifHasOneFramePerStep()
{
    Exporter::Options o = options({ 640, 360 });
    const Exporter exporter(m_priceDrop, o);
    const QString path = m_dir.filePath(QStringLiteral("all.gif"));
    const auto result = exporter.write(path);
    QVERIFY2(result.ok(), qPrintable(result.error));

    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    QVERIFY2(gif, GifErrorString(error));
    const int slurped = DGifSlurp(gif);
    const int frames = gif->ImageCount;
    const QSize size(gif->SWidth, gif->SHeight);
    GraphicsControlBlock first {};
    if (frames > 0)
        DGifSavedExtensionToGCB(gif, 0, &first);
    DGifCloseFile(gif, &error);
    QCOMPARE(slurped, GIF_OK);
    QCOMPARE(frames, exporter.frame().stepCount()); // one frame per shared step; none interpolated
    QCOMPARE(size, QSize(640, 360));
    QCOMPARE(first.DelayTime, Exporter::gifFrameDelayMs / 10);
}

void TestExport::sequenceWritesNumberedFrames()
{
    const QString folder = m_dir.filePath(QStringLiteral("frames"));
    const Exporter exporter(m_priceDrop, options({ 640, 360 }));
    const int steps = exporter.frame().stepCount();
    for (int round = 0; round < 2; ++round) { // the second replaces the frames of the first
        const auto result = exporter.write(folder + QLatin1Char('/'));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.files.size(), steps);
        QStringList expected;
        for (int i = 1; i <= steps; ++i)
            expected << QStringLiteral("frame-%1.png").arg(i, 4, 10, QLatin1Char('0'));
        QCOMPARE(contentsOf(folder), expected);
        QCOMPARE(QImage(QDir(folder).filePath(expected.last())).size(), QSize(640, 360));
    }
    // No staging or set-aside folders remain beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral(".frames*") }, QDir::AllEntries | QDir::Hidden), {});
}

void TestExport::sequenceKeepsAFolderOfOtherFiles()
{
    const QString folder = m_dir.filePath(QStringLiteral("mine"));
    QVERIFY(QDir().mkpath(folder));
    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("keep me");
    notes.close();
    const auto result = Exporter(m_priceDrop, options({ 640, 360 })).write(folder);
    QCOMPARE(result.status, Exporter::Result::Status::BadInput);
    QVERIFY2(result.error.contains(folder), qPrintable(result.error));
    QCOMPARE(contentsOf(folder), QStringList { QStringLiteral("notes.txt") });
}

void TestExport::unwritablePathLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allSteps");
    QTest::newRow("png") << "x.png" << false;
    QTest::newRow("svg") << "x.svg" << false;
    QTest::newRow("pdf") << "x.pdf" << true;
    QTest::newRow("gif") << "x.gif" << false;
    QTest::newRow("sequence") << "seq/" << false;
}

void TestExport::unwritablePathLeavesNothing()
{
    QFETCH(QString, name);
    QFETCH(bool, allSteps);
    // A folder that does not exist: unwritable for root too, unlike a read-only folder.
    const QString missing = m_dir.filePath(QStringLiteral("missing"));
    const QString path = missing + QLatin1Char('/') + name;
    const QStringList before = contentsOf(m_dir.path());
    Exporter::Options o = options({ 640, 360 });
    o.allSteps = allSteps;
    const auto result = Exporter(m_priceDrop, o).write(path);
    QCOMPARE(result.status, Exporter::Result::Status::BadInput);
    QVERIFY2(result.error.contains(missing), qPrintable(result.error));
    QVERIFY(result.files.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(contentsOf(m_dir.path()), before);
}

void TestExport::cancelLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("pdf") << "cancelled.pdf";
    QTest::newRow("gif") << "cancelled.gif";
    QTest::newRow("sequence") << "cancelled";
}

void TestExport::cancelLeavesNothing()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    Exporter::Options o = options({ 640, 360 });
    o.allSteps = true;
    int lastDone = -1;
    const auto result = Exporter(m_priceDrop, o).write(dir.filePath(name), [&](int done, int total) {
        lastDone = done;
        return done < total / 2; // cancel half-way, as a user pressing Cancel would
    });
    QCOMPARE(result.status, Exporter::Result::Status::Cancelled);
    QVERIFY(lastDone > 0);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(contentsOf(dir.path()), {});
}

void TestExport::notificationListsFollowThePlayhead()
{
    ComparisonFrame::Options o;
    o.withMetrics = true;
    const ComparisonFrame frame(m_priceDrop, o);
    QVERIFY(!frame.geometry().metrics().isEmpty());
    for (Architecture a : allArchitectures) {
        const auto& notifications = m_priceDrop->run(a).notifications;
        QVERIFY(!notifications.empty());
        QCOMPARE(frame.notificationLines(a, 0).size(), 0);
        QCOMPARE(frame.notificationLines(a, frame.timeline().duration()).size(), qsizetype(notifications.size()));
        // At the final frame of the step that sent the first one, exactly the ones sent by then are listed.
        const int firstSend = notifications.front().step;
        const double t = frame.timeline().stepEnd(a, firstSend);
        const auto sentBy = std::count_if(
            notifications.begin(), notifications.end(), [&](const SentNotification& n) { return n.step <= firstSend; });
        QCOMPARE(frame.notificationLines(a, t).size(), qsizetype(sentBy));
        QVERIFY(
            frame.notificationLines(a, t).front().contains(QString::fromStdString(notifications.front().recipient)));
    }
}

void TestExport::withMetricsIncludesDataAndRules_data()
{
    QTest::addColumn<bool>("withMetrics");
    QTest::newRow("with metrics") << true;
    QTest::newRow("without") << false;
}

// The picture's text holds the Data & rules charts' titles exactly when --with-metrics asks for the summary, and
// then every rule the runs evaluated.
void TestExport::withMetricsIncludesDataAndRules()
{
    QFETCH(bool, withMetrics);
    Exporter::Options o = options({ 1920, 1080 });
    o.frame.withMetrics = withMetrics;
    const QString path = m_dir.filePath(withMetrics ? QStringLiteral("rules.svg") : QStringLiteral("plain.svg"));
    QVERIFY(Exporter(m_priceDrop, o).write(path).ok());
    QString error;
    QString text = svgText(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    text.remove(QChar(0x200B)); // the zero-width spaces that let a rule id wrap
    const auto rules
        = DataRulesCharts::ruleImpactRows(&m_priceDrop->eventSourced.metrics, &m_priceDrop->apiDriven.metrics);
    QVERIFY(rules.size() >= 5);
    QCOMPARE(text.contains(QStringLiteral("Who evaluated each rule")), withMetrics);
    QCOMPARE(text.contains(QStringLiteral("Foreign data domains queried")), withMetrics);
    if (!withMetrics)
        return;
    for (const auto& rule : rules) // the timeline shows a few decisions too, so only their presence is telling
        QVERIFY2(text.contains(rule.label), qPrintable(rule.label));
}

void TestExport::timelineTimeDrawsAxisAndWaits_data()
{
    QTest::addColumn<bool>("timelineTime");
    QTest::newRow("simulated time") << true;
    QTest::newRow("step order") << false;
}

// With the notification side down, at the event-sourced delivery that ends the queue wait: in time (--timeline-time,
// the dialog's choice) the picture's text holds the wait's length and the playhead's time, in step order neither.
void TestExport::timelineTimeDrawsAxisAndWaits()
{
    QFETCH(bool, timelineTime);
    Workspace workspace;
    workspace.loadBuiltin();
    const Scenario* scenario = workspace.scenario(QStringLiteral("price-drop-side-down"));
    QVERIFY(scenario);
    const auto cmp = workspace.compare(*scenario);
    const Run& run = cmp->eventSourced;
    const TimelineWaits waits(run);
    const auto queued = std::find_if(waits.waits().begin(), waits.waits().end(),
        [](const TimelineWaits::Wait& w) { return w.kind == TimelineWaits::Kind::Queued; });
    QVERIFY(queued != waits.waits().end());
    Exporter::Options o = options({ 1920, 1080 });
    o.frame.timelineTime = timelineTime;
    const Exporter exporter(cmp, o);
    o.playhead = exporter.frame().timeline().stepEnd(Architecture::EventSourced, queued->step);
    const QString path = m_dir.filePath(timelineTime ? QStringLiteral("time.svg") : QStringLiteral("order.svg"));
    QVERIFY(Exporter(cmp, o).write(path).ok());
    QString error;
    const QString text = svgText(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto scale = TimelineTimeAxis::scaleFor({ &cmp->eventSourced, &cmp->apiDriven });
    const QString now = TimelineTimeAxis::tickLabel(run.steps[std::size_t(queued->step)].atMs, scale.unit(), 1);
    QCOMPARE(text.contains(TimelineWaits::text(*queued)), timelineTime);
    QCOMPARE(text.contains(now), timelineTime);
}

void TestExport::summaryIsOnePictureOfTheRun_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::newRow("png") << "summary.png" << QSize(1920, 1080) << 1;
    QTest::newRow("png at 1280x720, scale 2") << "summary-2x.png" << QSize(1280, 720) << 2;
    QTest::newRow("svg") << "summary.svg" << QSize(1920, 1080) << 1;
    QTest::newRow("pdf") << "summary.pdf" << QSize(1280, 720) << 1;
}

void TestExport::summaryIsOnePictureOfTheRun()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    Exporter::Options o = options(size);
    o.summary = true;
    o.scale = scale;
    const QString path = m_dir.filePath(name);
    const auto result = Exporter(m_priceDrop, o).write(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files, QStringList { path });
    const auto rows = SummaryFigures::rows(*m_priceDrop);
    if (name.endsWith(QStringLiteral(".png"))) {
        const QImage image(path);
        QCOMPARE(image.size(), size * scale);
        // Not a blank page: the slide's text darkens part of the light background.
        const QColor background = image.pixelColor(2, 2);
        int differing = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                differing += image.pixelColor(x, y) != background;
        QVERIFY2(differing > 200, qPrintable(QString::number(differing)));
    } else if (name.endsWith(QStringLiteral(".svg"))) {
        QString error;
        const QString text = svgText(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto& row : rows) // every sentence, as text
            QVERIFY2(text.contains(row.sentence), qPrintable(row.sentence));
        QVERIFY(!text.contains(QStringLiteral("Step "))); // no frame underneath
    } else {
        QCOMPARE(countPdfPages(path), 1);
    }
}

void TestExport::summaryRefusesStepsAndBadPaths_data()
{
    QTest::addColumn<QString>("name"); // under the test's folder
    QTest::addColumn<bool>("allSteps");
    QTest::addColumn<QString>("message");
    QTest::newRow("gif") << "s.gif" << false << "the summary is one picture";
    QTest::newRow("folder") << "frames/" << false << "the summary is one picture";
    QTest::newRow("all steps") << "s.pdf" << true << "no steps";
    QTest::newRow("missing folder") << "no/such/s.png" << false << "cannot write";
}

void TestExport::summaryRefusesStepsAndBadPaths()
{
    QFETCH(QString, name);
    QFETCH(bool, allSteps);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Exporter::Options o = options();
    o.summary = true;
    o.allSteps = allSteps;
    const auto result = Exporter(m_priceDrop, o).write(dir.filePath(name));
    QCOMPARE(result.status, Exporter::Result::Status::BadInput);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    if (message == QStringLiteral("cannot write"))
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(dir.filePath(name))), qPrintable(result.error));
    QCOMPARE(contentsOf(dir.path()), {});
}

void TestExport::frameMatchesTheWindow_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("theme");
    QTest::newRow("step 3 light") << 3 << "light";
    QTest::newRow("step 12 dark") << 12 << "dark";
    QTest::newRow("last step high contrast") << -1 << "high-contrast";
}

void TestExport::frameMatchesTheWindow()
{
    QFETCH(int, step);
    QFETCH(QString, theme);
    Exporter::Options o = options({ 1920, 1080 });
    o.frame.theme = *Theme::fromId(theme);
    const Exporter probe(m_priceDrop, o);
    o.playhead = ComparisonFrame::playheadOfStep(step < 0 ? probe.frame().stepCount() : step);
    const Exporter exporter(m_priceDrop, o);
    const ComparisonFrame& frame = exporter.frame();
    const QImage exported = exporter.render(o.playhead);

    // The window's views, following a replay session at the same playhead, with the frame's palette and font.
    ReplaySession session;
    session.setComparison(m_priceDrop);
    session.setPlayhead(o.playhead);
    for (Architecture a : allArchitectures) {
        const auto& pane = frame.geometry().pane(a);

        FlowView flow(&session, a);
        flow.setPalette(frame.palette());
        flow.setFont(frame.font());
        flow.resize(pane.flow.size());
        QVERIFY2(flow.paintFont() == frame.font(), "the region is smaller than the view's design size");
        const QImage window = flow.grab().toImage();
        const int flowDiff = differingPixels(window, exported.copy(pane.flow));
        if (flowDiff != 0) { // keep both for a look
            window.save(QDir::temp().filePath(QStringLiteral("tst_export-window-flow.png")));
            exported.copy(pane.flow).save(QDir::temp().filePath(QStringLiteral("tst_export-frame-flow.png")));
        }
        QCOMPARE(flowDiff, 0);

        TimelineView timeline(&session, a);
        timeline.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        timeline.setPalette(frame.palette());
        timeline.setFont(frame.font());
        timeline.resize(pane.timeline.size());
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        timeline.verticalScrollBar()->setValue(static_cast<int>(frame.timelineScroll(a, o.playhead)));
        QCOMPARE(timeline.verticalScrollBar()->value(), static_cast<int>(frame.timelineScroll(a, o.playhead)));
        const QImage rows = timeline.viewport()->grab().toImage();
        QCOMPARE(differingPixels(rows, exported.copy(pane.timeline)), 0);
    }
}

void TestExport::dialogKeepsFormatAndPathTogether()
{
    ExportDialog dialog(m_priceDrop, 5);
    dialog.setPath(m_dir.filePath(QStringLiteral("talk.png")));
    QCOMPARE(dialog.format(), Exporter::Format::Png);
    QVERIFY(!dialog.options().allSteps); // a PNG holds one step

    dialog.setFormat(Exporter::Format::Pdf);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("talk.pdf")));

    dialog.setPath(m_dir.filePath(QStringLiteral("talk.gif")));
    QCOMPARE(dialog.format(), Exporter::Format::Gif);
    QVERIFY(dialog.options().allSteps); // a GIF holds every step

    dialog.setFormat(Exporter::Format::PngSequence);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("talk")));
    dialog.setFormat(Exporter::Format::Svg);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("talk.svg")));
    QVERIFY(!dialog.options().allSteps);
    QCOMPARE(dialog.options().playhead, 5.0); // the moment the window showed
}

void TestExport::writeErrorFailsAndLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allSteps");
    QTest::newRow("png") << "full.png" << false;
    QTest::newRow("svg") << "full.svg" << false;
    QTest::newRow("pdf") << "full.pdf" << true;
    QTest::newRow("gif") << "full.gif" << false;
    QTest::newRow("sequence") << "full" << false;
}

void TestExport::writeErrorFailsAndLeavesNothing()
{
    QFETCH(QString, name);
    QFETCH(bool, allSteps);
    QTemporaryDir dir;
    Exporter::Options o = options({ 640, 360 });
    o.allSteps = allSteps;
    const QString path = dir.filePath(name);
    Exporter::Result result;
    {
        const FileSizeLimit diskFull(4096); // every format writes more than this
        QVERIFY(diskFull.isActive());
        result = Exporter(m_priceDrop, o).write(path);
    }
    // The path was fine; the writing failed: a failure (exit code 1), not bad input.
    QCOMPARE(result.status, Exporter::Result::Status::Failed);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY(result.files.isEmpty());
    QCOMPARE(contentsOf(dir.path()), {});
}

void TestExport::dialogExportsWhatItPreviews()
{
    ExportDialog dialog(m_priceDrop, 7);
    const auto* preview = dialog.findChild<ExportPreview*>();
    QVERIFY(preview && preview->frame());
    QCOMPARE(preview->frame()->options().size, dialog.options().frame.size);
    QCOMPARE(preview->frame()->options().theme, dialog.options().frame.theme);

    const QString path = m_dir.filePath(QStringLiteral("from-dialog.png"));
    dialog.setPath(path);
    const auto result = dialog.exportNow(true);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QImage image(path);
    QCOMPARE(image.size(), dialog.options().frame.size * dialog.options().scale);
    // The same frame, rendered directly, gives the same picture.
    QCOMPARE(differingPixels(image, Exporter(m_priceDrop, dialog.options()).render(7)), 0);

    dialog.setPath(m_dir.filePath(QStringLiteral("missing/x.png")));
    const auto failed = dialog.exportNow(true);
    QCOMPARE(failed.status, Exporter::Result::Status::BadInput);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
