// Private to advice: how profile builders record a present or absent value.
#pragma once

#include <optional>
#include <string>

#include "advice/profile.h"

namespace regio::advice::internal {

class ProfileWriter {
 public:
  explicit ProfileWriter(Profile& p) : p_(p) {}

  void text(const std::string& name, const std::string& value) {
    p_.absent.erase(name);
    p_.values[name] = value;
  }
  void yes_no(const std::string& name, bool value) { text(name, value ? "ja" : "nee"); }
  void number(const std::string& name, double value, int decimals = 0) { text(name, rounded(value, decimals)); }
  void absent(const std::string& name, const std::string& reason) {
    p_.values.erase(name);
    p_.absent[name] = reason;
  }
  // Present when `value` is, else absent with `reason`.
  void number_or(const std::string& name, const std::optional<double>& value, int decimals, const std::string& reason) {
    if (value)
      number(name, *value, decimals);
    else
      absent(name, reason);
  }
  void text_or(const std::string& name, const std::string& value, const std::string& reason) {
    if (!value.empty())
      text(name, value);
    else
      absent(name, reason);
  }

 private:
  Profile& p_;
};

inline std::string unanswered(const std::string& question) { return "vraag " + question + " niet beantwoord"; }

}  // namespace regio::advice::internal
