// Page geometry, type sizes and colours of the PDF writer (points; A4). A sober public-sector
// style: Noto Sans, dark blue headings, light rules.
#pragma once

namespace regio::document::internal {

struct Rgb {
  double r, g, b;
};

inline constexpr double kPageWidth = 595.276;   // A4, 210 mm
inline constexpr double kPageHeight = 841.890;  // 297 mm
inline constexpr double kMarginLeft = 70.87;    // 25 mm
inline constexpr double kMarginRight = 70.87;
inline constexpr double kMarginTop = 56.69;  // 20 mm: the running header and footer sit in the margins
inline constexpr double kMarginBottom = 56.69;
inline constexpr double kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
inline constexpr double kBodyTop = kMarginTop;
inline constexpr double kBodyBottom = kPageHeight - kMarginBottom;
inline constexpr double kFooterBaseline = kPageHeight - 30.0;
inline constexpr double kHeaderBaseline = 36.0;

inline constexpr const char* kFontFamily = "Noto Sans";
inline constexpr double kBodySize = 9.5;
inline constexpr double kBodyLineSpacing = 1.08;  // × the font's line height (1.36 em for Noto Sans)
inline constexpr double kSmallSize = 8.0;
inline constexpr double kTableSize = 8.5;
inline constexpr double kTitleSize = 24.0;
inline constexpr double kSubtitleSize = 14.0;
inline constexpr double kHeadingSize[3] = {16.0, 12.5, 10.5};
inline constexpr double kHeadingSpaceBefore[3] = {20.0, 14.0, 10.0};
inline constexpr double kHeadingSpaceAfter[3] = {8.0, 5.0, 3.0};
inline constexpr double kParagraphSpace = 7.0;
inline constexpr double kBlockSpace = 12.0;  // around tables, figures and notes
inline constexpr double kListIndent = 14.0;
inline constexpr double kCellPadX = 5.0;
inline constexpr double kCellPadY = 3.0;
inline constexpr double kNotePad = 8.0;
inline constexpr double kNoteBar = 3.0;
inline constexpr double kMaxFigureHeight = 0.6 * (kBodyBottom - kBodyTop);

inline constexpr Rgb kText{0.10, 0.10, 0.10};
inline constexpr Rgb kMuted{0.36, 0.38, 0.40};
inline constexpr Rgb kBlue{0.082, 0.259, 0.451};  // #154273
inline constexpr Rgb kRule{0.78, 0.82, 0.86};
inline constexpr Rgb kHeaderFill{0.933, 0.949, 0.969};  // #eef2f7
inline constexpr Rgb kNoteFill{0.933, 0.949, 0.969};

}  // namespace regio::document::internal
