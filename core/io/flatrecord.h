// One element of a data file's top-level array, held as a small tree in reusable slots: once the slots have grown
// to the largest record, reading further records allocates nothing. This is what keeps loading a large data set
// fast; a json value per record costs an allocation per field.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

class FlatRecord {
public:
    enum class Kind : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Object, Array };

    struct Node {
        Kind kind = Kind::Null;
        bool boolean = false;
        std::int64_t integer = 0; // Integer; Unsigned values that fit are stored here too
        std::uint64_t unsignedInteger = 0;
        double number = 0; // every number, as a double
        std::string key; // member name, when the parent is an object
        std::string text; // String value
        int firstChild = -1;
        int lastChild = -1;
        int next = -1; // next sibling
        int childCount = 0;
    };

    static constexpr int root = 0;

    void clear() { m_size = 0; }

    // Appends a node as the last child of `parent` (-1: the root) and returns its index.
    int add(int parent, Kind kind)
    {
        if (m_size == static_cast<int>(m_nodes.size()))
            m_nodes.emplace_back();
        const int index = m_size++;
        Node& node = m_nodes[static_cast<std::size_t>(index)];
        node.kind = kind;
        node.firstChild = node.lastChild = node.next = -1;
        node.childCount = 0;
        if (parent >= 0) {
            Node& p = at(parent);
            if (p.lastChild >= 0)
                at(p.lastChild).next = index;
            else
                p.firstChild = index;
            p.lastChild = index;
            ++p.childCount;
        }
        return index;
    }

    Node& at(int index) { return m_nodes[static_cast<std::size_t>(index)]; }
    const Node& at(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }

    // The member of an object node with this name, or -1. Records have a handful of fields: a scan is fastest.
    int member(int object, std::string_view key) const
    {
        for (int child = at(object).firstChild; child >= 0; child = at(child).next) {
            if (at(child).key == key)
                return child;
        }
        return -1;
    }

private:
    std::vector<Node> m_nodes;
    int m_size = 0;
};

} // namespace notiflow
