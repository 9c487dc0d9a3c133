// Draws the markers of a listing on a Leaflet map. The list next to it is the accessible
// equivalent; without JavaScript the map simply does not appear.
(function () {
  "use strict";
  var container = document.getElementById("directory-map");
  var data = document.getElementById("directory-map-points");
  if (!container || !data || !window.L) return;
  var points = JSON.parse(data.textContent);
  var map = L.map(container, { scrollWheelZoom: false });
  if (container.dataset.tiles) {
    L.tileLayer(container.dataset.tiles, {
      maxZoom: 18,
      attribution: container.dataset.attribution,
    }).addTo(map);
  }
  var markers = points.map(function (point) {
    var link = document.createElement("a");
    link.href = point.url;
    link.textContent = point.name;
    var popup = document.createElement("div");
    popup.appendChild(link);
    popup.appendChild(document.createTextNode(" — " + point.commune));
    return L.marker([point.lat, point.lng], { alt: point.name, title: point.name })
      .bindPopup(popup)
      .addTo(map);
  });
  container.dataset.markers = String(markers.length);
  if (markers.length) {
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 12 });
  } else {
    map.setView([44.66, 6.3], 8);
  }
})();
