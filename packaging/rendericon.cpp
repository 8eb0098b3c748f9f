// Build-time tool: renders the icon's SVG into the square PNG sizes the hicolor icon theme holds.
// Qt's own SVG renderer draws them, so the installed PNGs look exactly like the window icon Qt draws from the SVG.
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s SVG SIZE PNG\n", argv[0]);
        return 2;
    }
    const char* svg = argv[1];
    const char* png = argv[3];
    bool ok = false;
    const int size = QByteArray(argv[2]).toInt(&ok);
    if (!ok || size < 1 || size > 1024) {
        std::fprintf(stderr, "rendericon: the size must be 1 to 1024 pixels, not \"%s\"\n", argv[2]);
        return 2;
    }
    QSvgRenderer renderer { QString::fromLocal8Bit(svg) };
    if (!renderer.isValid()) {
        std::fprintf(stderr, "rendericon: %s is not an SVG file Qt can draw\n", svg);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(QString::fromLocal8Bit(png), "PNG")) {
        std::fprintf(stderr, "rendericon: cannot write %s\n", png);
        return 1;
    }
    return 0;
}
