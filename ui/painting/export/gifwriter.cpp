#include "painting/export/gifwriter.h"

#include <QFileDevice>
#include <QImage>
#include <gif_lib.h>
#include <vector>

namespace notiflow::ui {

namespace {
int writeToDevice(GifFileType* gif, const GifByteType* data, int length)
{
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char*>(data), length));
}
} // namespace

GifWriter::GifWriter(QIODevice* device)
    : m_device(device)
{
}

GifWriter::~GifWriter()
{
    if (m_gif) {
        int error = 0;
        EGifCloseFile(m_gif, &error); // an unfinished file; the caller discards the device's content
    }
}

bool GifWriter::fail(const QString& what, int giflibError)
{
    const char* reason = GifErrorString(giflibError);
    m_error = reason ? QStringLiteral("%1: %2").arg(what, QString::fromLatin1(reason)) : what;
    if (const auto* file = qobject_cast<const QFileDevice*>(m_device); file && file->error() != QFileDevice::NoError)
        m_error += QStringLiteral(" (%1)").arg(file->errorString());
    return false;
}

bool GifWriter::begin(QSize size)
{
    int error = 0;
    m_gif = EGifOpen(m_device, writeToDevice, &error);
    if (!m_gif)
        return fail(QStringLiteral("cannot start the GIF"), error);
    m_size = size;
    EGifSetGifVersion(m_gif, true); // GIF89a: needed for frame delays and looping
    // No global colour map: every frame carries its own, quantised from its own pixels.
    if (EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR)
        return fail(QStringLiteral("cannot write the GIF header"), m_gif->Error);
    // The NETSCAPE2.0 application extension: loop forever.
    static const GifByteType netscape[] = { 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0' };
    static const GifByteType loop[] = { 1, 0, 0 };
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, sizeof netscape, netscape) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, sizeof loop, loop) == GIF_ERROR || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return fail(QStringLiteral("cannot write the GIF loop extension"), m_gif->Error);
    return true;
}

bool GifWriter::addFrame(const QImage& image, int delayMs)
{
    if (!m_gif)
        return fail(QStringLiteral("the GIF was not started"), 0);
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    if (rgb.size() != m_size) {
        m_error = QStringLiteral("a frame of %1×%2 in a GIF of %3×%4")
                      .arg(rgb.width())
                      .arg(rgb.height())
                      .arg(m_size.width())
                      .arg(m_size.height());
        return false;
    }
    const auto width = static_cast<unsigned>(m_size.width());
    const auto height = static_cast<unsigned>(m_size.height());
    const std::size_t pixels = std::size_t(width) * height;
    std::vector<GifByteType> red(pixels), green(pixels), blue(pixels), indices(pixels);
    for (unsigned y = 0; y < height; ++y) {
        const uchar* line = rgb.constScanLine(static_cast<int>(y));
        for (unsigned x = 0; x < width; ++x) {
            const std::size_t i = std::size_t(y) * width + x;
            red[i] = line[x * 3];
            green[i] = line[x * 3 + 1];
            blue[i] = line[x * 3 + 2];
        }
    }
    int colors = 256;
    std::vector<GifColorType> palette(256);
    if (GifQuantizeBuffer(width, height, &colors, red.data(), green.data(), blue.data(), indices.data(), palette.data())
        == GIF_ERROR)
        return fail(QStringLiteral("cannot quantise a GIF frame"), 0);
    ColorMapObject* map = GifMakeMapObject(256, palette.data());
    if (!map)
        return fail(QStringLiteral("out of memory for a GIF colour map"), 0);

    GraphicsControlBlock control {};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.DelayTime = delayMs / 10; // hundredths of a second
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const std::size_t extensionLength = EGifGCBToExtension(&control, extension);
    bool ok = EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(extensionLength), extension) != GIF_ERROR
        && EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, map) != GIF_ERROR;
    for (unsigned y = 0; ok && y < height; ++y)
        ok = EGifPutLine(m_gif, indices.data() + std::size_t(y) * width, m_size.width()) != GIF_ERROR;
    GifFreeMapObject(map);
    return ok ? true : fail(QStringLiteral("cannot write a GIF frame"), m_gif->Error);
}

bool GifWriter::finish()
{
    if (!m_gif)
        return fail(QStringLiteral("the GIF was not started"), 0);
    int error = 0;
    const int result = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    return result == GIF_ERROR ? fail(QStringLiteral("cannot finish the GIF"), error) : true;
}

} // namespace notiflow::ui
