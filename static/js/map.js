// Draws the markers of a listing on a Leaflet map. The list next to it is the accessible
// equivalent; without JavaScript the map simply does not appear.
//
// Where the page also loads Leaflet.markercluster and names its clusters (the directory:
// data-cluster-label="{count} organisations"), markers close together become one cluster, a
// button named by that label. Activating it (click, Enter or Space) zooms in; when its markers
// share one spot (organisations placed at their commune's centre) it opens them instead in
// rings around it, focuses the first, and closes again on a second activation or Escape.
(function () {
  "use strict";
  var container = document.getElementById("directory-map");
  var data = document.getElementById("directory-map-points");
  if (!container || !data || !window.L) return;
  var points = JSON.parse(data.textContent);
  var MAX_ZOOM = 18;
  var map = L.map(container, { scrollWheelZoom: false, maxZoom: MAX_ZOOM });
  if (container.dataset.tiles) {
    L.tileLayer(container.dataset.tiles, {
      maxZoom: MAX_ZOOM,
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
    return L.marker([point.lat, point.lng], { alt: point.name, title: point.name }).bindPopup(
      popup
    );
  });
  if (markers.length) {
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 12 });
  } else {
    map.setView([44.66, 6.3], 8);
  }
  var clusterLabel = container.dataset.clusterLabel;
  if (clusterLabel && L.markerClusterGroup) {
    clusterMarkers(markers, clusterLabel).addTo(map);
  } else {
    markers.forEach(function (marker) {
      marker.addTo(map);
    });
  }
  activateWithSpace();
  container.dataset.markers = String(markers.length);

  // Marker icons are role="button": Space must do what Enter and a click do. Handling both
  // keys here (the keypress that follows is then cancelled) gives clusters and markers one
  // path, the click.
  function activateWithSpace() {
    container.addEventListener("keydown", function (event) {
      var icon = event.target;
      if (!icon.classList.contains("leaflet-marker-icon")) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        icon.click();
      }
    });
  }

  function clusterMarkers(markers, label) {
    // A marker icon is 25 × 41 px, its point at the bottom: feet at least 50 px apart
    // keep any two icons from overlapping (axe-core's target-size), and rings start
    // clear of the 40 px cluster.
    var SPACING = 50;
    var FIRST_RING = 70;
    var ONE_RING_AT_MOST = 130;
    var ICON_HALF_HEIGHT = 20;
    var ClusterIcon = L.DivIcon.extend({
      createIcon: function (oldIcon) {
        var icon = L.DivIcon.prototype.createIcon.call(this, oldIcon);
        icon.setAttribute("aria-label", this.options.label);
        return icon;
      },
    });
    var open = null; // the cluster whose markers are out in rings
    var opening = null; // its markers, in the order spiderfy() gives them positions
    var outerRadius = 0;
    var group = L.markerClusterGroup({
      showCoverageOnHover: false,
      zoomToBoundsOnClick: false,
      spiderfyOnMaxZoom: false,
      spiderLegPolylineOptions: { weight: 1.5, color: "#2a2522", opacity: 0.6, interactive: false },
      spiderfyShapePositions: ringPositions,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        return new ClusterIcon({
          html: "<span>" + count + "</span>",
          className: "marker-cluster",
          iconSize: L.point(40, 40),
          label: label.replace("{count}", count),
        });
      },
    });
    group.addLayers(markers);

    group.on("clusterclick", function (event) {
      var cluster = event.layer;
      if (open === cluster) {
        close();
      } else if (sharesOneSpot(cluster)) {
        opening = cluster.getAllChildMarkers(null, true);
        outerRadius = 0;
        cluster.spiderfy(); // calls ringPositions at once, then animates
        if (outerRadius) {
          // Bring the rings into view (panning, unlike zooming, keeps them open).
          map.panInside(cluster.getLatLng(), {
            padding: L.point(outerRadius + 20, outerRadius + 2 * ICON_HALF_HEIGHT + 10),
          });
        }
      } else {
        var first = inListOrder(cluster.getAllChildMarkers())[0];
        var hadFocus = cluster.getElement() === document.activeElement;
        cluster.zoomToBounds({ padding: [40, 40] });
        if (hadFocus) {
          group.once("animationend", function () {
            focusLayer(group.getVisibleParent(first));
          });
        }
      }
    });
    group.on("spiderfied", function (event) {
      open = event.cluster;
      var icon = open.getElement();
      icon.setAttribute("aria-expanded", "true");
      // Tab goes from the cluster to its organisations, in the order of the list.
      var previous = icon;
      inListOrder(event.markers).forEach(function (marker) {
        previous.after(marker.getElement());
        previous = marker.getElement();
      });
      setOthersInert();
      if (icon === document.activeElement) icon.nextElementSibling.focus();
    });
    // markercluster also closes them itself, on a click on the map or a zoom.
    group.on("unspiderfied", function (event) {
      if (open === event.cluster) open = null;
      var icon = event.cluster.getElement();
      if (icon) icon.setAttribute("aria-expanded", "false");
      setOthersInert();
    });
    // Panning may bring other markers into view.
    map.on("moveend", setOthersInert);
    container.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !open) return;
      var icon = open.getElement();
      var returnFocus = container.contains(document.activeElement);
      map.closePopup();
      close();
      if (returnFocus && icon) icon.focus();
    });
    return group;

    function close() {
      var icon = open.getElement();
      if (icon) icon.setAttribute("aria-expanded", "false");
      open = null;
      group.unspiderfy();
      setOthersInert();
    }

    // While a cluster is open, its rings may cover other markers: those are set inert (out of
    // reach of the pointer, the keyboard and assistive technologies; a click there lands on
    // the map, which closes the cluster) until it closes.
    function setOthersInert() {
      var active = open ? [open].concat(open.getAllChildMarkers()) : [];
      var keep = active.map(function (layer) {
        return layer.getElement();
      });
      container.querySelectorAll(".leaflet-marker-icon").forEach(function (icon) {
        icon.inert = open !== null && keep.indexOf(icon) === -1;
      });
    }

    function sharesOneSpot(cluster) {
      var bounds = cluster.getBounds();
      return (
        map.getZoom() >= map.getMaxZoom() || bounds.getNorthWest().equals(bounds.getSouthEast())
      );
    }

    function inListOrder(some) {
      return some.slice().sort(function (a, b) {
        return markers.indexOf(a) - markers.indexOf(b);
      });
    }

    // Feet on rings around the cluster, clockwise from the top in the order of the list: one
    // ring while it stays small enough, then rings one spacing apart.
    function ringPositions(count, center) {
      var slots = [];
      var middle = L.point(center.x, center.y + ICON_HALF_HEIGHT);
      var radius = SPACING / 2 / Math.sin(Math.PI / Math.max(count, 2));
      radius = Math.max(FIRST_RING, Math.min(ONE_RING_AT_MOST, radius));
      for (;;) {
        var capacity = Math.floor(Math.PI / Math.asin(Math.min(1, SPACING / 2 / radius)));
        var onRing = Math.min(capacity, count - slots.length);
        for (var i = 0; i < onRing; i++) {
          var angle = -Math.PI / 2 + (2 * Math.PI * i) / onRing;
          slots.push(
            L.point(middle.x + radius * Math.cos(angle), middle.y + radius * Math.sin(angle)).round()
          );
        }
        if (slots.length === count) break;
        radius += SPACING;
      }
      outerRadius = radius;
      if (!opening || opening.length !== count) return slots;
      var positions = [];
      inListOrder(opening).forEach(function (marker, rank) {
        positions[opening.indexOf(marker)] = slots[rank];
      });
      return positions;
    }
  }

  function focusLayer(layer) {
    var element = layer && layer.getElement && layer.getElement();
    if (element) element.focus();
  }
})();
