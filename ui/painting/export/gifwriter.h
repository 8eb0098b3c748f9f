// Streams an animated GIF into a QIODevice with giflib: each frame quantised to its own 256-colour palette, with
// a per-frame delay and a loop forever. One frame is held in memory at a time.
#pragma once

#include <QSize>
#include <QString>

class QIODevice;
class QImage;
struct GifFileType;

namespace notiflow::ui {

class GifWriter final {
public:
    explicit GifWriter(QIODevice* device);
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    // Writes the header for frames of `size`; every frame added must have that size.
    bool begin(QSize size);
    bool addFrame(const QImage& image, int delayMs);
    bool finish(); // writes the trailer; the device then holds a complete GIF
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& what, int giflibError);

    QIODevice* m_device;
    GifFileType* m_gif = nullptr;
    QSize m_size;
    QString m_error;
};

} // namespace notiflow::ui
