#include <fmt/format.h>

#include "advice/format.h"
#include "base/text.h"

namespace regio::advice {
namespace {

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// `first` + text wrapped at `width`, continuation lines indented to the width of `first`.
std::string wrap(const std::string& first, const std::string& text, std::size_t width) {
  const std::string indent(characters(first), ' ');
  std::string out = first;
  std::size_t column = characters(first);
  bool line_start = true;
  for (const auto& word : split_whitespace(text)) {
    const std::size_t n = characters(word);
    if (!line_start && column + 1 + n > width) {
      out += "\n" + indent;
      column = indent.size();
      line_start = true;
    }
    if (!line_start) {
      out += ' ';
      ++column;
    }
    out += word;
    column += n;
    line_start = false;
  }
  return out + "\n";
}

std::string count(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string to_table(const AdviceReport& report, std::size_t width) {
  std::string out = fmt::format("Advies per regio, meetmoment {} ({})\n", report.wave, report.wave_name);
  out += report.previous_wave ? fmt::format("Vorig meetmoment: {}\n", *report.previous_wave)
                              : std::string("Vorig meetmoment: geen\n");
  out += fmt::format("Regels: {} ({})\n", report.rules_source, count(report.rule_count, "regel", "regels"));
  if (report.regions.empty()) out += "\nGeen regio's met een ingediend antwoord in dit meetmoment.\n";
  for (const auto& r : report.regions) {
    out += fmt::format("\n{} {}: {}, {} overgeslagen, {} niet van toepassing\n", r.region, r.name,
                       count(r.advice.size(), "advies", "adviezen"), r.skipped.size(), r.not_applicable.size());
    out += std::string(std::min<std::size_t>(width, 60), '-') + "\n";
    for (std::size_t i = 0; i < r.advice.size(); ++i) {
      const Advice& a = r.advice[i];
      out += wrap(fmt::format("{}. ", i + 1), fmt::format("{} [{} v{}]", a.advice, a.rule, a.version), width);
      out += wrap("   Onderbouwing: ", a.reasoning, width);
      out += wrap("   Kanttekening: ", a.caveat, width);
    }
    if (r.advice.empty()) out += "Geen advies uit de regels.\n";
    for (const auto& s : r.skipped) {
      std::string why;
      for (const auto& m : s.missing) why += fmt::format("{}{} ({})", why.empty() ? "" : "; ", m.name, m.reason);
      out += wrap("Overgeslagen: ", fmt::format("{} v{}, ontbreekt: {}", s.rule, s.version, why), width);
    }
  }
  return out;
}

}  // namespace regio::advice
