// Reads .xlsx with libzip (the package) and pugixml (the parts). Only what is needed to get cell
// text: workbook.xml for sheet names and order, its relationships for the sheet parts, shared
// strings, and styles.xml to know which numbers are dates.
#include <fmt/format.h>

#include <pugixml.hpp>

#include <charconv>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>

#include "base/text.h"
#include "tabular/internal/file_bytes.h"
#include "tabular/internal/xlsx_format.h"
#include "tabular/internal/xlsx_xml.h"
#include "tabular/internal/zip_archive.h"
#include "tabular/xlsx.h"

namespace regio::tabular {
namespace {

class XlsxReader {
 public:
  XlsxReader(ZipArchive archive, std::string display, const XlsxLimits& limits)
      : archive_(std::move(archive)), display_(std::move(display)), limits_(limits) {}

  Result<Workbook> read() {
    auto workbook_xml = load("xl/workbook.xml");
    if (!workbook_xml) return std::unexpected(workbook_xml.error());
    if (!*workbook_xml) return std::unexpected(invalid_xlsx(display_, "xl/workbook.xml ontbreekt"));
    const pugi::xml_node workbook = child(**workbook_xml, "workbook");
    const std::string_view date1904 = attribute(child(workbook, "workbookPr"), "date1904");
    system_ = (date1904 == "1" || date1904 == "true") ? DateSystem::k1904 : DateSystem::k1900;

    auto targets = relationship_targets();
    if (!targets) return std::unexpected(targets.error());
    if (auto status = load_shared_strings(); !status) return std::unexpected(status.error());
    if (auto status = load_styles(); !status) return std::unexpected(status.error());

    Workbook book;
    for (auto sheet : child(workbook, "sheets").children()) {
      if (local_name(sheet.name()) != "sheet") continue;
      const std::string name(attribute(sheet, "name"));
      const auto target = targets->find(std::string(attribute(sheet, "id")));
      if (target == targets->end()) {
        return std::unexpected(invalid_xlsx(display_, fmt::format("werkblad '{}' heeft geen onderdeel", name)));
      }
      auto part = load(target->second);
      if (!part) return std::unexpected(part.error());
      // Chart sheets and dialog sheets have no cells; a missing part is damage.
      if (!*part) return std::unexpected(invalid_xlsx(display_, fmt::format("{} ontbreekt", target->second)));
      auto worksheet = child(**part, "worksheet");
      if (!worksheet) continue;
      auto sheet_read = read_sheet(worksheet, name);
      if (!sheet_read) return std::unexpected(sheet_read.error());
      book.sheets.push_back(std::move(*sheet_read));
    }
    return book;
  }

 private:
  using Document = std::unique_ptr<pugi::xml_document>;

  // The parsed part, or a null Document when the package has no such part.
  Result<Document> load(const std::string& part) {
    const std::string limit = fmt::format("de onderdelen van een xlsx-bestand mogen samen hoogstens {} MB zijn",
                                          limits_.unpacked_bytes >> 20);
    auto bytes = archive_.read(part, limits_.unpacked_bytes - unpacked_, limit);
    if (!bytes) return std::unexpected(bytes.error());
    if (!*bytes) return Document{};
    unpacked_ += (*bytes)->size();
    auto document = std::make_unique<pugi::xml_document>();
    // A cell may hold only spaces (<t>  </t>); pugixml drops such text unless asked to keep it.
    const auto parsed =
        document->load_buffer((*bytes)->data(), (*bytes)->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed) {
      return std::unexpected(invalid_xlsx(display_, fmt::format("XML-fout in {}: {}", part, parsed.description())));
    }
    return document;
  }

  // Relationship id -> part name, resolved against xl/ (targets are relative to workbook.xml).
  Result<std::map<std::string, std::string>> relationship_targets() {
    auto rels = load("xl/_rels/workbook.xml.rels");
    if (!rels) return std::unexpected(rels.error());
    std::map<std::string, std::string> targets;
    if (!*rels) return targets;
    for (auto relationship : child(**rels, "Relationships").children()) {
      if (local_name(relationship.name()) != "Relationship") continue;
      std::string target(attribute(relationship, "Target"));
      target = target.starts_with('/') ? target.substr(1) : "xl/" + target;
      targets[std::string(attribute(relationship, "Id"))] = target;
      const std::string_view type = attribute(relationship, "Type");
      if (type.ends_with("/sharedStrings")) shared_strings_part_ = target;
      if (type.ends_with("/styles")) styles_part_ = target;
    }
    return targets;
  }

  Status load_shared_strings() {
    auto document = load(shared_strings_part_);
    if (!document) return std::unexpected(document.error());
    if (!*document) return {};
    for (auto item : child(**document, "sst").children()) {
      if (local_name(item.name()) != "si") continue;
      std::string text = string_item_text(item);
      if (text.size() > limits_.cell_bytes)
        return too_much(fmt::format("gedeelde tekst {} in {} is {} bytes lang; een cel mag hoogstens {} bytes zijn",
                                    shared_strings_.size() + 1, shared_strings_part_, text.size(), limits_.cell_bytes));
      shared_strings_.push_back(std::move(text));
    }
    return {};
  }

  Status load_styles() {
    auto document = load(styles_part_);
    if (!document) return std::unexpected(document.error());
    if (!*document) return {};
    const auto style_sheet = child(**document, "styleSheet");
    std::map<int, std::string> custom_formats;
    for (auto format : child(style_sheet, "numFmts").children()) {
      if (local_name(format.name()) != "numFmt") continue;
      custom_formats[to_int(attribute(format, "numFmtId"))] = attribute(format, "formatCode");
    }
    for (auto xf : child(style_sheet, "cellXfs").children()) {
      if (local_name(xf.name()) != "xf") continue;
      const int id = to_int(attribute(xf, "numFmtId"));
      const auto custom = custom_formats.find(id);
      date_styles_.push_back(is_date_format(id, custom == custom_formats.end() ? "" : custom->second));
    }
    return {};
  }

  std::unexpected<Error> too_much(std::string_view what) const {
    return fail(ErrorCode::kInvalidData, fmt::format("{}: {}", display_, what));
  }

  static int to_int(std::string_view text) {
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }

  std::string cell_text(pugi::xml_node cell) const {
    const std::string_view type = attribute(cell, "t");
    const std::string_view value = child(cell, "v").text().get();
    if (type == "s") {
      const auto index = static_cast<std::size_t>(to_int(value));
      return index < shared_strings_.size() ? shared_strings_[index] : std::string();
    }
    if (type == "inlineStr") return string_item_text(child(cell, "is"));
    if (type == "b") return value == "1" ? "TRUE" : "FALSE";
    if (type == "str" || type == "e" || type == "d") return decode_escapes(value);
    if (value.empty()) return {};
    double number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size()) return std::string(value);
    const auto style = static_cast<std::size_t>(to_int(attribute(cell, "s")));
    if (style < date_styles_.size() && date_styles_[style]) return render_date(number, system_);
    return format_number(number);
  }

  // "C5" -> column 2 (0-based) and row 5; missing parts keep the running position.
  static void parse_reference(std::string_view reference, std::size_t& column, std::size_t& row) {
    std::size_t letters = 0, col = 0;
    while (letters < reference.size() && reference[letters] >= 'A' && reference[letters] <= 'Z') {
      col = col * 26 + static_cast<std::size_t>(reference[letters] - 'A' + 1);
      ++letters;
    }
    if (letters > 0) column = col - 1;
    std::size_t number = 0;
    const auto digits = reference.substr(letters);
    if (!digits.empty() && std::from_chars(digits.data(), digits.data() + digits.size(), number).ec == std::errc()) {
      row = number;
    }
  }

  Result<Sheet> read_sheet(pugi::xml_node worksheet, const std::string& name) {
    Sheet sheet;
    sheet.name = name;
    sheet.source = fmt::format("{}[{}]", display_, name);
    // The cell's own reference, or the position worked out when the file leaves it out.
    auto at = [](pugi::xml_node cell, std::size_t column, std::size_t row) {
      const std::string_view given = attribute(cell, "r");
      if (!given.empty()) return fmt::format(", cel {}", given);
      std::string letters;
      for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
      return fmt::format(", cel {}{}", letters, row);
    };
    auto refuse = [&](std::string_view where, std::string_view what) {
      return fail(ErrorCode::kInvalidData, fmt::format("{}, blad {}{}: {}", display_, name, where, what));
    };
    std::vector<Row> rows;
    std::size_t width = 0, row_number = 0;
    for (auto row : child(worksheet, "sheetData").children()) {
      if (local_name(row.name()) != "row") continue;
      const std::string_view r = attribute(row, "r");
      row_number = r.empty() ? row_number + 1 : static_cast<std::size_t>(to_int(r));
      Row out{row_number, {}};
      std::size_t column = 0;
      bool blank = true;
      for (auto cell : row.children()) {
        if (local_name(cell.name()) != "c") continue;
        std::size_t cell_row = row_number;
        parse_reference(attribute(cell, "r"), column, cell_row);
        if (column >= limits_.columns)
          return refuse(
              at(cell, column, cell_row),
              fmt::format("voorbij de laatste kolom (een blad heeft hoogstens {} kolommen)", limits_.columns));
        std::string text = cell_text(cell);
        if (text.size() > limits_.cell_bytes)
          return refuse(at(cell, column, cell_row),
                        fmt::format("de cel is {} bytes lang; een cel mag hoogstens {} bytes zijn", text.size(),
                                    limits_.cell_bytes));
        text_bytes_ += text.size();
        if (text_bytes_ > limits_.text_bytes)
          return refuse(at(cell, column, cell_row),
                        fmt::format("de cellen bevatten samen meer dan {} MB tekst", limits_.text_bytes >> 20));
        if (!text.empty()) {
          if (out.cells.size() <= column) out.cells.resize(column + 1);
          out.cells[column] = std::move(text);
          blank = blank && trim(out.cells[column]).empty();
        }
        ++column;
      }
      if (blank) continue;
      if (rows.size() == limits_.rows) return refuse("", fmt::format("meer dan {} rijen met gegevens", limits_.rows));
      width = std::max(width, out.cells.size());
      rows.push_back(std::move(out));
    }
    // Every row is padded to the widest: bound rows × columns before allocating it.
    cells_ += static_cast<std::uint64_t>(rows.size()) * width;
    if (cells_ > limits_.cells)
      return refuse("", fmt::format("{} rijen × {} kolommen is meer dan {} cellen (samen met de vorige bladen)",
                                    rows.size(), width, limits_.cells));
    if (rows.empty()) return sheet;
    for (auto& cell : rows.front().cells) sheet.header.emplace_back(trim(cell));
    sheet.header.resize(width);
    for (std::size_t i = 1; i < rows.size(); ++i) {
      rows[i].cells.resize(width);
      sheet.rows.push_back(std::move(rows[i]));
    }
    return sheet;
  }

  ZipArchive archive_;
  std::string display_;
  XlsxLimits limits_;
  std::uint64_t unpacked_ = 0;    // bytes of the parts read so far
  std::uint64_t text_bytes_ = 0;  // bytes of cell text so far
  std::uint64_t cells_ = 0;       // rows × columns of the sheets so far
  DateSystem system_ = DateSystem::k1900;
  std::string shared_strings_part_ = "xl/sharedStrings.xml";
  std::string styles_part_ = "xl/styles.xml";
  std::vector<std::string> shared_strings_;
  std::vector<bool> date_styles_;
};

}  // namespace

bool looks_like_xlsx(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char signature[4] = {};
  return in.read(signature, 4) && std::string_view(signature, 4) == std::string_view("PK\x03\x04", 4);
}

Result<Workbook> read_xlsx(const std::filesystem::path& path, const XlsxLimits& limits) {
  const std::string display = display_name(path);
  auto archive = ZipArchive::open(path, display);
  if (!archive) return std::unexpected(archive.error());
  return XlsxReader(std::move(*archive), display, limits).read();
}

}  // namespace regio::tabular
