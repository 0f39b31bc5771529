import localFont from "next/font/local";

// Self-hosted: next/font/google needs the network at build time, which production builds may not have.
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});
