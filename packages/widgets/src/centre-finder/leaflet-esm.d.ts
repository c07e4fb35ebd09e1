// The ES module build of Leaflet has the same API as the package's main file, which @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
