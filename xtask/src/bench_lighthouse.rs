//! Lighthouse (mobile, simulated throttling) on the served portal, beside a static
//! HTML page with the same first screen served the same way: both LCPs and their ratio.

/// Placeholder until the Lighthouse comparison is wired.
pub fn run() -> Result<(), String> {
    Ok(())
}
