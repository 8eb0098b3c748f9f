// Themes: ids and names, high-contrast detection, the contrast of every step colour against every theme's
// backgrounds (computed with the WCAG formula), the window following a theme switch and remembering it, the
// transport icons drawn from the palette, and thicker strokes on high contrast.
#include "painting/session/replaysession.h"
#include "painting/session/settings.h"
#include "painting/session/workspace.h"
#include "painting/style/stepstyle.h"
#include "painting/style/theme.h"
#include "painting/style/transporticons.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/views/timelineview.h"
#include "widgets/window/contraststyle.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/themecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QTableWidget>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

Q_DECLARE_METATYPE(notiflow::ui::ThemeChoice)
Q_DECLARE_METATYPE(notiflow::StepKind)

namespace {

// The colour most of the icon's opaque pixels have: what a viewer sees as the icon's colour.
QColor inkOf(const QImage& image)
{
    double r = 0, g = 0, b = 0, weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alphaF() < 0.9f)
                continue; // edges blend with whatever is behind
            r += c.redF();
            g += c.greenF();
            b += c.blueF();
            weight += 1;
        }
    }
    if (weight == 0)
        return {};
    return QColor::fromRgbF(float(r / weight), float(g / weight), float(b / weight));
}

int opaquePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).alphaF() > 0.5f ? 1 : 0;
    }
    return count;
}

int inkPixels(const QImage& image, const QColor& background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (Theme::contrastRatio(image.pixelColor(x, y), background) > 1.5)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void ids_data();
    void ids();
    void unknownIdIsRejected();
    void contrastRatio_data();
    void contrastRatio();
    void highContrastDetection_data();
    void highContrastDetection();
    void stepColoursContrast_data();
    void stepColoursContrast();
    void kindsDifferByShapeOrDash();
    void switchingRepaintsTheViewsAndPersists_data();
    void switchingRepaintsTheViewsAndPersists();
    void systemHandsThePaletteBack();
    void transportIconsReadOnEveryTheme_data();
    void transportIconsReadOnEveryTheme();
    void highContrastThickensStrokes();
    void usedEdgesKeepContrast_data();
    void usedEdgesKeepContrast();
    void highContrastDimsFutureSteps();
    void highContrastShowsCheckBoxesAndGrids();

private:
    Workspace m_workspace;
    QPalette m_systemPalette;
};

void TestTheme::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_theme"));
    m_workspace.loadBuiltin();
    m_systemPalette = QApplication::palette();
}

void TestTheme::init()
{
    QSettings().clear();
    ThemeController().setChoice(ThemeChoice::System); // each test starts from the desktop's palette
    QSettings().clear();
}

void TestTheme::ids_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("system") << ThemeChoice::System << "system"
                            << "System";
    QTest::newRow("light") << ThemeChoice::Light << "light"
                           << "Light";
    QTest::newRow("dark") << ThemeChoice::Dark << "dark"
                          << "Dark";
    QTest::newRow("high contrast") << ThemeChoice::HighContrast << "high-contrast"
                                   << "High Contrast";
}

void TestTheme::ids()
{
    QFETCH(ThemeChoice, choice);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QCOMPARE(Theme::id(choice), id);
    QCOMPARE(Theme::displayName(choice), name);
    QCOMPARE(Theme::fromId(id), std::optional(choice));
    QCOMPARE(Theme::fromId(QStringLiteral(" ") + id.toUpper()), std::optional(choice));
}

void TestTheme::unknownIdIsRejected()
{
    QCOMPARE(Theme::fromId(QStringLiteral("sepia")), std::nullopt);
    QCOMPARE(Theme::fromId(QString()), std::nullopt);
    // An unknown saved theme falls back to the system palette instead of failing.
    QSettings().setValue(Settings::themeKey(), QStringLiteral("sepia"));
    ThemeController controller;
    controller.restore();
    QCOMPARE(controller.choice(), ThemeChoice::System);
}

void TestTheme::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same colour") << QColor(0x3D, 0x8B, 0xE0) << QColor(0x3D, 0x8B, 0xE0) << 1.0;
    // WCAG's own borderline examples: #767676 on white passes 4.5:1, #777777 just fails.
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("#777777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("pure red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
}

void TestTheme::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(
        std::abs(Theme::contrastRatio(a, b) - ratio) < 0.01, qPrintable(QString::number(Theme::contrastRatio(a, b))));
}

void TestTheme::highContrastDetection_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("high");
    QPalette whiteOnBlack;
    whiteOnBlack.setColor(QPalette::Window, Qt::black);
    whiteOnBlack.setColor(QPalette::WindowText, Qt::white);
    QPalette blackOnWhite;
    blackOnWhite.setColor(QPalette::Window, Qt::white);
    blackOnWhite.setColor(QPalette::WindowText, Qt::black);
    QPalette greyOnWhite = blackOnWhite;
    greyOnWhite.setColor(QPalette::WindowText, QColor(0x33, 0x33, 0x33));
    QTest::newRow("light theme") << Theme::palette(ThemeChoice::Light, m_systemPalette) << false;
    QTest::newRow("dark theme") << Theme::palette(ThemeChoice::Dark, m_systemPalette) << false;
    QTest::newRow("high-contrast theme") << Theme::palette(ThemeChoice::HighContrast, m_systemPalette) << true;
    QTest::newRow("the system palette here") << m_systemPalette << false;
    QTest::newRow("a desktop's white on black") << whiteOnBlack << true;
    QTest::newRow("a desktop's black on white") << blackOnWhite << true;
    QTest::newRow("dark grey on white") << greyOnWhite << false;
}

void TestTheme::highContrastDetection()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, high);
    QCOMPARE(Theme::isHighContrast(palette), high);
    QCOMPARE(StepStyle::strokeScale(palette) > 1.0, high);
}

void TestTheme::stepColoursContrast_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<StepKind>("kind");
    for (ThemeChoice choice : Theme::all) {
        for (int k = 0; k < stepKindCount; ++k) {
            const auto kind = static_cast<StepKind>(k);
            QTest::addRow("%s %s", qPrintable(Theme::id(choice)), stepKindId(kind)) << choice << kind;
        }
    }
}

void TestTheme::stepColoursContrast()
{
    // WCAG 2.1 (1.4.11, non-text contrast): graphics need 3:1 against what they are drawn on. Steps are drawn on
    // Base (flow, timeline) and Window (legend, timeline header).
    QFETCH(ThemeChoice, choice);
    QFETCH(StepKind, kind);
    const QPalette palette = Theme::palette(choice, m_systemPalette);
    const QColor color = StepStyle::color(kind, palette);
    for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window }) {
        const qreal ratio = Theme::contrastRatio(color, palette.color(role));
        QVERIFY2(ratio >= 3.0,
            qPrintable(
                QStringLiteral("%1 on %2: %3:1").arg(color.name(), palette.color(role).name()).arg(ratio, 0, 'f', 2)));
    }
}

void TestTheme::kindsDifferByShapeOrDash()
{
    // Kinds that share a colour must still be told apart without colour: by marker, and the markers are unique.
    for (int a = 0; a < stepKindCount; ++a) {
        for (int b = a + 1; b < stepKindCount; ++b) {
            const auto ka = static_cast<StepKind>(a);
            const auto kb = static_cast<StepKind>(b);
            QVERIFY2(StepStyle::marker(ka) != StepStyle::marker(kb), stepKindId(ka));
        }
    }
}

void TestTheme::switchingRepaintsTheViewsAndPersists_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::newRow("light") << ThemeChoice::Light;
    QTest::newRow("dark") << ThemeChoice::Dark;
    QTest::newRow("high contrast") << ThemeChoice::HighContrast;
}

void TestTheme::switchingRepaintsTheViewsAndPersists()
{
    QFETCH(ThemeChoice, choice);
    const QPalette expected = Theme::palette(choice, m_systemPalette);
    {
        MainWindow window(&m_workspace, { QStringLiteral("price-drop"), 3 });
        window.setErrorDialogsEnabled(false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(qobject_cast<ContrastStyle*>(QApplication::style())); // Fusion, outlines kept on high contrast
        QCOMPARE(qobject_cast<ContrastStyle*>(QApplication::style())->baseStyle()->name().toLower(),
            QStringLiteral("fusion"));
        auto* action = window.findChild<QAction*>(QStringLiteral("theme-") + Theme::id(choice));
        QVERIFY(action);
        action->trigger();
        QVERIFY(action->isChecked());
        QCOMPARE(window.theme()->choice(), choice);
        QCOMPARE(QApplication::palette().color(QPalette::Base), expected.color(QPalette::Base));
        FlowView* flow = window.pane(Architecture::ApiDriven)->flowView();
        TimelineView* timeline = window.pane(Architecture::EventSourced)->timelineView();
        QTRY_COMPARE(flow->palette().color(QPalette::Base), expected.color(QPalette::Base));
        QCOMPARE(timeline->viewport()->palette().color(QPalette::Base), expected.color(QPalette::Base));
        // What is on screen changed, not only the palette object: the flow view's background pixel.
        const QImage shot = flow->grab().toImage();
        QCOMPARE(shot.pixelColor(2, 2), expected.color(QPalette::Base));
        QCOMPARE(QSettings().value(Settings::themeKey()).toString(), Theme::id(choice));
    }
    // Back to the system palette, then a new window: the remembered theme comes back.
    ThemeController().setChoice(ThemeChoice::System);
    QSettings().setValue(Settings::themeKey(), Theme::id(choice));
    MainWindow again(&m_workspace, { QStringLiteral("price-drop"), -1 });
    QCOMPARE(again.theme()->choice(), choice);
    QCOMPARE(QApplication::palette().color(QPalette::Window), expected.color(QPalette::Window));
    QVERIFY(again.findChild<QAction*>(QStringLiteral("theme-") + Theme::id(choice))->isChecked());
}

void TestTheme::systemHandsThePaletteBack()
{
    ThemeController controller;
    controller.setChoice(ThemeChoice::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window) != m_systemPalette.color(QPalette::Window));
    controller.setChoice(ThemeChoice::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_systemPalette.color(QPalette::Text));
}

void TestTheme::transportIconsReadOnEveryTheme_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<int>("glyph");
    for (ThemeChoice choice : Theme::all) {
        for (auto glyph : { TransportIcons::Glyph::Start, TransportIcons::Glyph::Back, TransportIcons::Glyph::Play,
                 TransportIcons::Glyph::Pause, TransportIcons::Glyph::Forward, TransportIcons::Glyph::End,
                 TransportIcons::Glyph::LeavePresentation })
            QTest::addRow("%s glyph %d", qPrintable(Theme::id(choice)), int(glyph)) << choice << int(glyph);
    }
}

void TestTheme::transportIconsReadOnEveryTheme()
{
    // The defect this replaces: on a dark palette the style's media icons were drawn in a grey that reads as
    // disabled. Ours are drawn in the button text colour; the disabled mode is visibly fainter.
    QFETCH(ThemeChoice, choice);
    QFETCH(int, glyph);
    const QPalette palette = Theme::palette(choice, m_systemPalette);
    const QIcon icon = TransportIcons::icon(static_cast<TransportIcons::Glyph>(glyph), palette);
    const QColor button = palette.color(QPalette::Button);
    const QImage normal = icon.pixmap(QSize(32, 32), QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
    QCOMPARE(normal.size(), QSize(32, 32));
    QVERIFY(opaquePixels(normal) > 60); // something is drawn, not a speck
    const QColor ink = inkOf(normal);
    QVERIFY(ink.isValid());
    QVERIFY2(Theme::contrastRatio(ink, button) >= 4.5,
        qPrintable(QStringLiteral("%1 on %2").arg(ink.name(), button.name())));
    QVERIFY(Theme::contrastRatio(inkOf(disabled), button) < Theme::contrastRatio(ink, button));
}

void TestTheme::highContrastThickensStrokes()
{
    // The same frame painted on the high-contrast palette puts more ink on the page than on a palette with the
    // same background and nearly the same text (one that is not high contrast), because lines are thicker.
    MainWindow window(&m_workspace, { QStringLiteral("price-drop"), 12 });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView* timeline = window.pane(Architecture::ApiDriven)->timelineView();
    QPalette high = Theme::palette(ThemeChoice::HighContrast, m_systemPalette);
    QPalette ordinary = high;
    ordinary.setColor(QPalette::WindowText, QColor(0xD8, 0xD8, 0xD8)); // 14:1, below the high-contrast bar
    QVERIFY(Theme::isHighContrast(high));
    QVERIFY(!Theme::isHighContrast(ordinary));
    const auto inkOn = [&](const QPalette& palette) {
        timeline->setPalette(palette);
        timeline->viewport()->setPalette(palette);
        return inkPixels(timeline->viewport()->grab().toImage(), palette.color(QPalette::Base));
    };
    const int thin = inkOn(ordinary);
    const int thick = inkOn(high);
    QVERIFY2(thick > thin * 1.1, qPrintable(QStringLiteral("%1 vs %2 pixels").arg(thick).arg(thin)));
}

void TestTheme::usedEdgesKeepContrast_data()
{
    stepColoursContrast_data();
}

// An edge already used fades so the current one stands out, but never below 3:1 against the background.
void TestTheme::usedEdgesKeepContrast()
{
    QFETCH(ThemeChoice, choice);
    QFETCH(StepKind, kind);
    const QPalette palette = Theme::palette(choice, m_systemPalette);
    const QColor used = StepStyle::usedEdgeColor(kind, palette);
    const qreal ratio = Theme::contrastRatio(used, palette.color(QPalette::Base));
    QVERIFY2(ratio >= StepStyle::minimumEdgeContrast - 1e-9, qPrintable(QStringLiteral("%1:1").arg(ratio)));
}

// At the start every step is still to come: on high contrast the timeline must not already show the run in full
// (before, future steps faded by less than on the other themes and looked nearly like past ones).
void TestTheme::highContrastDimsFutureSteps()
{
    ThemeController().setChoice(ThemeChoice::HighContrast);
    MainWindow window(&m_workspace, { QStringLiteral("price-drop"), -1 });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView* timeline = window.pane(Architecture::EventSourced)->timelineView();
    const auto brightPixels = [&] {
        const QImage image = timeline->viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).lightness() > 110)
                    ++count;
            }
        }
        return count;
    };
    window.session()->goToStart();
    const int before = brightPixels();
    window.session()->goToEnd();
    const int after = brightPixels();
    QVERIFY2(before * 2 < after,
        qPrintable(QStringLiteral("%1 bright pixels at the start, %2 at the end").arg(before).arg(after)));
}

// Fusion outlines check boxes and grids in a darkened window colour: black on the high-contrast palette.
void TestTheme::highContrastShowsCheckBoxesAndGrids()
{
    ThemeController().setChoice(ThemeChoice::HighContrast);
    QCheckBox box(QStringLiteral("Include every step"));
    box.resize(box.sizeHint());
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QImage image = box.grab().toImage();
    int light = 0;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
        for (int x = indicator.left(); x <= indicator.right(); ++x) {
            if (image.pixelColor(x, y).lightness() > 128)
                ++light;
        }
    }
    QVERIFY2(
        light >= indicator.width(), qPrintable(QStringLiteral("%1 light pixels in the unchecked square").arg(light)));

    QTableWidget table(2, 2);
    QStyleOption tableOption;
    tableOption.initFrom(&table);
    const QColor grid = QColor::fromRgba(
        static_cast<QRgb>(table.style()->styleHint(QStyle::SH_Table_GridLineColor, &tableOption, &table)));
    QVERIFY2(Theme::contrastRatio(grid, table.palette().color(QPalette::Base)) >= 3.0, qPrintable(grid.name()));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
