// Stub for office-addin-manifest under jest: its ES module build cannot be loaded by jest's CommonJS runtime.
// office-addin-mock only needs the OfficeApp enum from it.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
