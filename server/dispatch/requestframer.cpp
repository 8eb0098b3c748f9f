#include "requestframer.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace notiflow::server {

namespace {

constexpr std::size_t maxChunkLineBytes = 1024;
constexpr std::size_t maxTrailerBytes = 4096;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7F);
}

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The methods the HTTP parser behind us knows; anything else would make it give up on the connection.
bool isKnownMethod(std::string_view method)
{
    static constexpr std::array<std::string_view, 8> known { "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
        "TRACE" };
    return std::find(known.begin(), known.end(), method) != known.end();
}

// Where the header ends: the index just past the empty line, or npos. Lines may end in CRLF or a lone LF.
std::size_t headerEnd(const std::string& header, std::size_t from)
{
    for (std::size_t i = from; i < header.size(); ++i) {
        if (header[i] != '\n')
            continue;
        if (i + 1 < header.size() && header[i + 1] == '\n')
            return i + 2;
        if (i + 2 < header.size() && header[i + 1] == '\r' && header[i + 2] == '\n')
            return i + 3;
    }
    return std::string::npos;
}

} // namespace

RequestFramer::RequestFramer()
    : RequestFramer(Limits {})
{
}

RequestFramer::RequestFramer(Limits limits)
    : m_limits(limits)
{
}

std::size_t RequestFramer::fail(int status, std::string detail, std::size_t consumed)
{
    m_state = State::Failed;
    m_failure = { status, std::move(detail) };
    m_wantsContinue = false;
    return consumed;
}

void RequestFramer::next()
{
    m_state = State::Idle;
    m_failure = {};
    m_header.clear();
    m_method.clear();
    m_target.clear();
    m_version.clear();
    m_keptHeaders.clear();
    m_body.clear();
    m_output.clear();
    m_contentLength = 0;
    m_chunked = false;
    m_declaredLength = false;
    m_wantsContinue = false;
    m_keepAlive = true;
    m_chunkState = ChunkState::Size;
    m_chunkLine.clear();
    m_chunkRemaining = 0;
    m_trailerBytes = 0;
}

std::size_t RequestFramer::feed(std::string_view bytes)
{
    std::size_t used = 0;
    while (used < bytes.size()) {
        switch (m_state) {
        case State::Idle:
        case State::Header:
            used += feedHeader(bytes.substr(used));
            break;
        case State::Body:
            used += m_chunked ? feedChunked(bytes.substr(used)) : feedBody(bytes.substr(used));
            break;
        case State::Complete:
        case State::Failed:
            return used;
        }
    }
    return used;
}

std::size_t RequestFramer::feedHeader(std::string_view bytes)
{
    std::size_t used = 0;
    if (m_state == State::Idle) {
        // Empty lines before a request are allowed (RFC 9112 §2.2) and say nothing yet.
        while (used < bytes.size() && (bytes[used] == '\r' || bytes[used] == '\n'))
            ++used;
        if (used == bytes.size())
            return used;
        m_state = State::Header;
    }
    const std::size_t before = m_header.size();
    const std::size_t room = m_limits.maxHeaderBytes + 3 - before; // + the empty line that ends it
    const std::string_view take = bytes.substr(used, room);
    m_header.append(take);
    const std::size_t end = headerEnd(m_header, before >= 2 ? before - 2 : 0);
    if (end == std::string::npos) {
        const std::size_t firstLine = m_header.find('\n');
        if ((firstLine == std::string::npos ? m_header.size() : firstLine) > m_limits.maxRequestLineBytes)
            return fail(414,
                "The request line is longer than " + std::to_string(m_limits.maxRequestLineBytes) + " bytes.",
                used + take.size());
        if (m_header.size() > m_limits.maxHeaderBytes)
            return fail(431, "The request header is larger than " + std::to_string(m_limits.maxHeaderBytes) + " bytes.",
                used + take.size());
        return used + take.size();
    }
    const std::size_t consumedHere = end - before;
    m_header.resize(end);
    parseHeader();
    return used + consumedHere;
}

void RequestFramer::parseHeader()
{
    std::vector<std::string_view> lines;
    std::string_view rest(m_header);
    while (!rest.empty()) {
        const std::size_t newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        rest.remove_prefix(newline + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find('\r') != std::string_view::npos) {
            fail(400, "A carriage return may only end a line of the request header.", 0);
            return;
        }
        if (line.empty())
            break;
        lines.push_back(line);
    }

    const std::string_view requestLine = lines.front();
    if (requestLine.size() > m_limits.maxRequestLineBytes) {
        fail(414, "The request line is longer than " + std::to_string(m_limits.maxRequestLineBytes) + " bytes.", 0);
        return;
    }
    const std::size_t firstSpace = requestLine.find(' ');
    const std::size_t secondSpace
        = firstSpace == std::string_view::npos ? firstSpace : requestLine.find(' ', firstSpace + 1);
    if (secondSpace == std::string_view::npos || requestLine.find(' ', secondSpace + 1) != std::string_view::npos) {
        fail(400, "The request line must be: METHOD /path HTTP/1.1", 0);
        return;
    }
    m_method = std::string(requestLine.substr(0, firstSpace));
    m_target = std::string(requestLine.substr(firstSpace + 1, secondSpace - firstSpace - 1));
    m_version = std::string(requestLine.substr(secondSpace + 1));

    if (!isToken(m_method)) {
        fail(400, "The request method is not a valid token.", 0);
        return;
    }
    if (m_version != "HTTP/1.1" && m_version != "HTTP/1.0") {
        const bool looksLikeHttp = m_version.size() == 8 && m_version.starts_with("HTTP/") && m_version[6] == '.';
        fail(looksLikeHttp ? 505 : 400,
            looksLikeHttp ? "Only HTTP/1.0 and HTTP/1.1 are supported." : "The request line must end in HTTP/1.1.", 0);
        return;
    }
    if (m_target.empty() || m_target[0] != '/'
        || !std::all_of(m_target.begin(), m_target.end(), [](char c) { return c > 0x20 && c < 0x7F; })) {
        fail(400, "The request target must be a path starting with '/' in printable ASCII.", 0);
        return;
    }
    if (!isKnownMethod(m_method)) {
        fail(501, "The method " + m_method + " is not supported.", 0);
        return;
    }
    m_keepAlive = m_version == "HTTP/1.1";

    if (lines.size() - 1 > m_limits.maxHeaderFields) {
        fail(431, "The request has more than " + std::to_string(m_limits.maxHeaderFields) + " header fields.", 0);
        return;
    }
    bool hasContentLength = false;
    bool expectContinue = false;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (line.front() == ' ' || line.front() == '\t') {
            fail(400, "Header lines folded onto the next line are not accepted.", 0);
            return;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !isToken(line.substr(0, colon))) {
            fail(400, "Header line " + std::to_string(i) + " is not \"Name: value\".", 0);
            return;
        }
        const std::string_view name = line.substr(0, colon);
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (!std::all_of(value.begin(), value.end(), isFieldValueChar)) {
            fail(400, "The value of header " + std::string(name) + " holds a control character.", 0);
            return;
        }
        const std::string key = lowered(name);
        if (key == "content-length") {
            std::size_t length = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
            if (value.empty() || error != std::errc() || end != value.data() + value.size()
                || (hasContentLength && length != m_contentLength)) {
                fail(error == std::errc::result_out_of_range ? 413 : 400,
                    error == std::errc::result_out_of_range ? "The request body is too large."
                                                            : "Content-Length must be one whole number.",
                    0);
                return;
            }
            hasContentLength = true;
            m_declaredLength = true;
            m_contentLength = length;
            continue;
        }
        if (key == "transfer-encoding") {
            if (m_chunked || lowered(value) != "chunked") {
                fail(501, "Only Transfer-Encoding: chunked is supported.", 0);
                return;
            }
            m_chunked = true;
            continue;
        }
        if (key == "expect") {
            if (lowered(value) != "100-continue") {
                fail(417, "Only Expect: 100-continue is supported.", 0);
                return;
            }
            expectContinue = true;
            continue;
        }
        if (key == "upgrade")
            continue; // no protocol upgrades here; handing it on would make the parser behind us try one
        if (key == "connection") {
            const std::string tokens = lowered(value);
            if (tokens.find("close") != std::string::npos)
                m_keepAlive = false;
            else if (tokens.find("keep-alive") != std::string::npos)
                m_keepAlive = true;
        }
        m_keptHeaders.append(line).append("\r\n");
    }
    if (m_chunked && (hasContentLength || m_version == "HTTP/1.0")) {
        fail(400,
            hasContentLength ? "A request may not have both Content-Length and Transfer-Encoding."
                             : "Transfer-Encoding is not allowed in HTTP/1.0.",
            0);
        return;
    }
    if (hasContentLength && m_contentLength > m_limits.maxBodyBytes) {
        fail(413, "The request body is larger than " + std::to_string(m_limits.maxBodyBytes) + " bytes.", 0);
        return;
    }
    m_body.clear();
    if (m_chunked || m_contentLength > 0) {
        m_state = State::Body;
        m_wantsContinue = expectContinue;
        m_body.reserve(m_chunked ? 0 : m_contentLength);
        return;
    }
    complete();
}

std::size_t RequestFramer::feedBody(std::string_view bytes)
{
    m_wantsContinue = false; // the client sent its body without waiting for us
    const std::size_t take = std::min(bytes.size(), m_contentLength - m_body.size());
    m_body.append(bytes.substr(0, take));
    if (m_body.size() == m_contentLength)
        complete();
    return take;
}

std::size_t RequestFramer::feedChunked(std::string_view bytes)
{
    m_wantsContinue = false;
    std::size_t used = 0;
    while (used < bytes.size() && m_state == State::Body) {
        switch (m_chunkState) {
        case ChunkState::Size:
        case ChunkState::DataEnd:
        case ChunkState::Trailer: {
            const char c = bytes[used++];
            if (c != '\n') {
                m_chunkLine.push_back(c);
                const std::size_t cap = m_chunkState == ChunkState::Trailer ? maxTrailerBytes : maxChunkLineBytes;
                if (m_chunkLine.size() > cap
                    || (m_chunkState == ChunkState::Trailer && m_trailerBytes + m_chunkLine.size() > maxTrailerBytes))
                    return fail(m_chunkState == ChunkState::Trailer ? 431 : 400,
                        m_chunkState == ChunkState::Trailer ? "The chunked body's trailer is too large."
                                                            : "A chunk size line is too long.",
                        used);
                continue;
            }
            std::string_view line(m_chunkLine);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (m_chunkState == ChunkState::DataEnd) {
                if (!line.empty())
                    return fail(400, "A chunk's data must be followed by CRLF.", used);
                m_chunkState = ChunkState::Size;
            } else if (m_chunkState == ChunkState::Trailer) {
                m_trailerBytes += m_chunkLine.size() + 1;
                if (line.empty()) {
                    m_chunkLine.clear();
                    complete();
                    return used;
                }
            } else {
                const std::string_view digits = trimmed(line.substr(0, line.find(';')));
                std::size_t size = 0;
                const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), size, 16);
                if (digits.empty() || end != digits.data() + digits.size()
                    || (error != std::errc() && error != std::errc::result_out_of_range))
                    return fail(400, "A chunk size must be a hexadecimal number.", used);
                if (error == std::errc::result_out_of_range || size > m_limits.maxBodyBytes - m_body.size())
                    return fail(413,
                        "The request body is larger than " + std::to_string(m_limits.maxBodyBytes) + " bytes.", used);
                m_chunkRemaining = size;
                m_chunkState = size == 0 ? ChunkState::Trailer : ChunkState::Data;
            }
            m_chunkLine.clear();
            break;
        }
        case ChunkState::Data: {
            const std::size_t take = std::min(m_chunkRemaining, bytes.size() - used);
            m_body.append(bytes.substr(used, take));
            used += take;
            m_chunkRemaining -= take;
            if (m_chunkRemaining == 0)
                m_chunkState = ChunkState::DataEnd;
            break;
        }
        }
    }
    return used;
}

void RequestFramer::complete()
{
    m_output.clear();
    m_output.reserve(m_method.size() + m_target.size() + m_keptHeaders.size() + m_body.size() + 64);
    m_output.append(m_method).append(" ").append(m_target).append(" ").append(m_version).append("\r\n");
    m_output.append(m_keptHeaders);
    // A body, a declared length (even 0) or a method that takes a body: say how long it is.
    if (!m_body.empty() || m_chunked || m_declaredLength || m_method == "POST" || m_method == "PUT"
        || m_method == "PATCH")
        m_output.append("Content-Length: ").append(std::to_string(m_body.size())).append("\r\n");
    m_output.append("\r\n").append(m_body);
    m_state = State::Complete;
    m_wantsContinue = false;
}

} // namespace notiflow::server
