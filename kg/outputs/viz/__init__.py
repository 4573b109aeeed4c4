"""The interactive network page and its pieces.

`network` shapes the export and writes the page; `layout` places the actors; `labels` gives
them their French names; `notebook` makes a pyvis network of the same data for Jupyter. The
page itself is `page.html`, `viz.css` and the scripts `canvas.js` (the renderer),
`timeline.js`, `table.js` and `viz.js` (the rest), joined into one inline script.
"""
