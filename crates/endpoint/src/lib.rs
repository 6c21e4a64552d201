//! Hulpwijzer endpoint (work in progress).
