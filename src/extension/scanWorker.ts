// Placeholder replaced in the editor issue.
export {};
