// Finds where each HTTP/1.1 request on a connection begins and ends, before any HTTP library sees it, and
// enforces what Qt HTTP Server 6.4 does not: a cap on header bytes (431) and body bytes (413), strict request
// syntax (400), no ambiguous framing (Content-Length with Transfer-Encoding), and the Expect: 100-continue
// handshake. A chunked body is decoded, so what is handed on is always one plain request with a Content-Length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow::server {

class RequestFramer {
public:
    struct Limits {
        std::size_t maxHeaderBytes = 16 * 1024; // request line and header fields together
        std::size_t maxRequestLineBytes = 8 * 1024;
        std::size_t maxHeaderFields = 100;
        std::size_t maxBodyBytes = 1024 * 1024;
    };

    enum class State {
        Idle, // between requests: nothing of the next one has arrived
        Header,
        Body,
        Complete, // request() holds one whole request; call next() before feeding more
        Failed, // failure() says what to answer before closing the connection
    };

    struct Failure {
        int status = 0; // 400, 413, 414, 417, 431, 501, 505
        std::string detail;
    };

    RequestFramer();
    explicit RequestFramer(Limits limits);

    // Consumes bytes up to the end of the current request; returns how many were used. Bytes after a complete
    // request (a pipelined next one) are left for the caller to feed after next().
    std::size_t feed(std::string_view bytes);

    State state() const { return m_state; }
    const Failure& failure() const { return m_failure; }
    // True once the header of a request that announced Expect: 100-continue is complete and its body has not
    // started: the moment to send "100 Continue". Cleared by continueSent().
    bool wantsContinue() const { return m_wantsContinue; }
    void continueSent() { m_wantsContinue = false; }
    // Whether the connection stays open after this request's answer (HTTP/1.1 unless "Connection: close";
    // HTTP/1.0 only with "Connection: keep-alive").
    bool keepAlive() const { return m_keepAlive; }
    const std::string& method() const { return m_method; }
    const std::string& target() const { return m_target; }

    // The complete request, normalised: CRLF line endings, chunked body decoded and given a Content-Length,
    // Expect and Transfer-Encoding removed.
    const std::string& request() const { return m_output; }

    // Forgets the complete request and waits for the next one.
    void next();

    const Limits& limits() const { return m_limits; }

private:
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    std::size_t feedHeader(std::string_view bytes);
    std::size_t feedBody(std::string_view bytes);
    std::size_t feedChunked(std::string_view bytes);
    void parseHeader();
    void complete();
    std::size_t fail(int status, std::string detail, std::size_t consumed);

    Limits m_limits;
    State m_state = State::Idle;
    Failure m_failure;
    std::string m_header; // raw header bytes so far
    std::string m_method;
    std::string m_target;
    std::string m_version;
    std::string m_keptHeaders; // header lines handed on, CRLF-terminated
    std::string m_body;
    std::string m_output;
    std::size_t m_contentLength = 0;
    bool m_chunked = false;
    bool m_declaredLength = false; // the request had a Content-Length header (kept even when 0)
    bool m_wantsContinue = false;
    bool m_keepAlive = true;
    ChunkState m_chunkState = ChunkState::Size;
    std::string m_chunkLine;
    std::size_t m_chunkRemaining = 0;
    std::size_t m_trailerBytes = 0;
};

} // namespace notiflow::server
